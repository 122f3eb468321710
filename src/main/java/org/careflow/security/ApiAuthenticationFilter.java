package org.careflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * CareFlow's own API answers the same users as the web apps: someone logged in to Tasklist or
 * Cockpit in this browser is that user here too (one login for everything, as the oversight page
 * needs); any other client authenticates with HTTP Basic, as for the engine REST API. A request it
 * refuses is answered as the API answers every refusal, an RFC 9457 problem.
 */
class ApiAuthenticationFilter extends CredentialsRequired {

    static final String CSRF_HEADER = "X-CareFlow-Request";

    private final ProcessEngine engine;
    private final ObjectMapper json;

    ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        UserAuthentication webappUser = webappUserOf(http);
        if (webappUser == null && http.getHeader(CSRF_HEADER) != null && http.getHeader("Authorization") == null) {
            // CareFlow's own pages ask for the web apps' login instead of the browser's Basic prompt.
            refuse(http, (HttpServletResponse) response, HttpStatus.UNAUTHORIZED, "Log in to the web apps first");
            return;
        }
        if (webappUser == null) {
            basicAuthentication(http, (HttpServletResponse) response, chain);
            return;
        }
        if (changesSomething(http) && http.getHeader(CSRF_HEADER) == null) {
            // A browser session's cookie goes with any site's form post; a custom header cannot.
            refuse(http, (HttpServletResponse) response, HttpStatus.FORBIDDEN,
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

    /** Camunda's filter answers a request without valid credentials with its challenge and a 401 of no body. */
    private void basicAuthentication(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AtomicBoolean authenticated = new AtomicBoolean();
        super.doFilter(request, response, (req, res) -> {
            authenticated.set(true);
            chain.doFilter(req, res);
        });
        if (!authenticated.get() && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()) {
            refuse(request, response, HttpStatus.UNAUTHORIZED,
                    "Credentials required: HTTP Basic with a CareFlow user, or the web apps' login");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
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
