package org.careflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on for the web apps and the oversight pages with the council's OpenID Connect provider,
 * once a client registration is configured ({@code spring.security.oauth2.client.registration.*}):
 * Spring Security's OAuth2 login signs the user in, and Camunda's container-based authentication makes
 * them the web apps' user with their directory groups ({@link SignedInUser}). Everything else (the
 * REST APIs with their own credentials, the probes, Camunda's own login where no provider is
 * configured) passes Spring Security untouched: it is CareFlow's and Camunda's filters that decide.
 */
@Configuration
class WebSignIn {

    /** The pages a person opens: signing in to the provider first where one is configured. */
    @Bean
    @Order(1)
    @Conditional(ClientsConfiguredCondition.class)
    SecurityFilterChain signInWithTheCouncilsProvider(HttpSecurity http) throws Exception {
        return http.securityMatcher("/camunda/app/**", "/oversight/**", "/oauth2/**", "/login/oauth2/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2Login(login -> login.defaultSuccessUrl("/camunda/app/tasklist/", false))
                // Camunda's web apps have their own CSRF protection and security headers, the oversight pages CareFlow's
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The signed-in user made the web apps' user, after Spring Security has read their session. */
    @Bean
    @Conditional(ClientsConfiguredCondition.class)
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webAppsUserFromTheSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("careflow-web-sign-in");
        registration.setInitParameters(Map.of("authentication-provider", SignedInUser.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** The web apps' "Sign out" ends the sign-in too: once Camunda has logged the user out, their session goes. */
    @Bean
    @Conditional(ClientsConfiguredCondition.class)
    FilterRegistrationBean<OncePerRequestFilter> signOutEndsTheSignIn() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout")) {
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
            }
        });
        registration.setName("careflow-sign-out");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** Every other request: Spring Security adds nothing and refuses nothing. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElseAsBefore(HttpSecurity http) throws Exception {
        return http.securityMatcher("/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .build();
    }
}
