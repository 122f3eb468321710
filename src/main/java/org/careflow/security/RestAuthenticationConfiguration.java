package org.careflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers anonymous requests with data unless a user is authenticated,
 * authorizations or not; Camunda's own filter makes every request authenticate with HTTP Basic
 * against the engine's identity service.
 */
@Configuration
class RestAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        return basicAuthentication("careflow-rest-authentication", "/engine-rest");
    }

    /** CareFlow's own API (/api): the same users, the same authorizations, and the web apps' login too. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
        return basicAuthentication(new ApiAuthenticationFilter(engine), "careflow-api-authentication", "/api");
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name, String prefix) {
        return basicAuthentication(new CredentialsRequired(), name, prefix);
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
            ProcessEngineAuthenticationFilter filter, String name, String prefix) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
        registration.addUrlPatterns(prefix + "/*");
        return registration;
    }
}
