package org.careflow.security;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * CareFlow's own pages and API get the headers Camunda's web apps send (its header security filter,
 * with the same {@code camunda.bpm.webapp.header-security} settings), and the API's answers, a
 * case's details, are never kept by a browser or proxy cache.
 */
@Configuration
class BrowserHeaders implements WebMvcConfigurer {

    /**
     * The oversight page's own policy: Camunda's default allows only scripts carrying a per-request
     * nonce, which a static page cannot carry. Its script and style are files of its own, so 'self'
     * is enough; no page may frame it (clickjacking of the reallocation form).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<HttpHeaderSecurityFilter> careflowHeaderSecurity(CamundaBpmProperties camunda) {
        Map<String, String> settings = new HashMap<>(camunda.getWebapp().getHeaderSecurity().getInitParams());
        settings.put("contentSecurityPolicyValue", CONTENT_SECURITY_POLICY);
        var registration = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
        registration.setName("careflow-header-security");
        registration.setInitParameters(settings);
        registration.addUrlPatterns("/oversight/*", "/api/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor noStore = new WebContentInterceptor();
        noStore.addCacheMapping(CacheControl.noStore(), "/api/**");
        registry.addInterceptor(noStore).addPathPatterns("/api/**");
    }
}
