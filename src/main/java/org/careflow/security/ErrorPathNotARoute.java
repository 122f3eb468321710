package org.careflow.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's error page answers the container's error dispatches; requested directly, with no
 * error to describe, it answered 500 {"status":999}. A direct request is not found, like any other
 * path that is no page; the error dispatches themselves (not REQUEST) never pass this filter.
 */
@Configuration
class ErrorPathNotARoute {

    @Bean
    FilterRegistrationBean<Filter> directErrorRequestsNotFound() {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        var registration = new FilterRegistrationBean<>(notFound);
        registration.setName("careflow-error-path-not-a-route");
        registration.addUrlPatterns("/error", "/error/*");
        return registration;
    }
}
