package org.careflow.oversight;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The oversight page at {@code /oversight/}: static, with no data of its own; it reads the API as its user. */
@Configuration
class OversightPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/oversight", "/oversight/");
        registry.addViewController("/oversight/").setViewName("forward:/oversight/index.html");
    }
}
