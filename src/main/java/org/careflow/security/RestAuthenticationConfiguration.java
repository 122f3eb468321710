package org.careflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
        return basicAuthentication(new ApiAuthenticationFilter(engine, json), "careflow-api-authentication", "/api");
    }

    /** Organisation-wide statistics only for those who may use Cockpit. */
    @Bean
    ResourceConfigCustomizer organisationFiguresForCockpitUsers(ProcessEngine engine) {
        return config -> config.register(new OrganisationFigures(engine));
    }

    /** Actuator: health for anyone, the rest (metrics) for the metrics readers' group only. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> actuatorAuthenticationFilter(
            ProcessEngine engine, ActuatorReaders readers, WebEndpointProperties endpoints, Environment environment) {
        // A management port of its own would be served by a context this filter never sees. Spring Boot's own
        // reading of server.port and management.server.port (the same port, none at all, or another).
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            throw new IllegalStateException("management.server.port is set: the actuator endpoints would be served "
                    + "without credentials. CareFlow serves them on its own port, behind HTTP Basic.");
        }
        String actuator = endpoints.getBasePath();
        return basicAuthentication(new ActuatorAuthenticationFilter(engine, actuator, readers.group()),
                "careflow-actuator-authentication", actuator);
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
