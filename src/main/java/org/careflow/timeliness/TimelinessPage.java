package org.careflow.timeliness;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The timeliness page at {@code /oversight/timeliness}: static, reading {@code /api/timeliness} as its user. */
@Configuration
class TimelinessPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/oversight/timeliness").setViewName("forward:/oversight/timeliness.html");
    }
}
