package org.careflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
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
 * authorizations or not; Camunda's own filter makes every request authenticate: with HTTP Basic
 * against the engine's identity service, or on the engine's and CareFlow's APIs with a bearer token
 * from the council's OpenID Connect provider ({@link BearerOrBasic}).
 */
@Configuration
class RestAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        return bearerOrBasic("careflow-rest-authentication", "/engine-rest");
    }

    /** CareFlow's own API (/api): the same users, the same authorizations, and the web apps' login too. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
        return authentication(new ApiAuthenticationFilter(engine, json), "careflow-api-authentication", "/api", BearerOrBasic.class);
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
        // the metrics take HTTP Basic only
        return authentication(new ActuatorAuthenticationFilter(engine, actuator, readers.group()),
                "careflow-actuator-authentication", actuator, HttpBasicAuthenticationProvider.class);
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> bearerOrBasic(String name, String prefix) {
        return authentication(new CredentialsRequired(), name, prefix, BearerOrBasic.class);
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(
            ProcessEngineAuthenticationFilter filter, String name, String prefix, Class<? extends AuthenticationProvider> provider) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
        registration.addUrlPatterns(prefix + "/*");
        return registration;
    }
}
