package org.careflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * CareFlow's own API answers the same users as the web apps: someone logged in to Tasklist or
 * Cockpit in this browser is that user here too (one login for everything, as the oversight page
 * needs); any other client authenticates with HTTP Basic, as for the engine REST API.
 */
class ApiAuthenticationFilter extends CredentialsRequired {

    static final String CSRF_HEADER = "X-CareFlow-Request";

    private final ProcessEngine engine;

    ApiAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        UserAuthentication webappUser = webappUserOf(http);
        if (webappUser == null && http.getHeader(CSRF_HEADER) != null && http.getHeader("Authorization") == null) {
            // CareFlow's own pages ask for the web apps' login instead of the browser's Basic prompt.
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in to the web apps first");
            return;
        }
        if (webappUser == null) {
            super.doFilter(request, response, chain);
            return;
        }
        if (changesSomething(http) && http.getHeader(CSRF_HEADER) == null) {
            // A browser session's cookie goes with any site's form post; a custom header cannot.
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "A change through the web apps' login needs the header " + CSRF_HEADER);
            return;
        }
        IdentityService identityService = engine.getIdentityService();
        try {
            identityService.setAuthentication(webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean changesSomething(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod()));
    }

    private UserAuthentication webappUserOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName());
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
