package org.careflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * How a request to {@code /engine-rest} or {@code /api} says who it is: a bearer token from the
 * council's OpenID Connect provider where one is configured ({@link BearerTokens}: the user and their
 * groups from the token, so Camunda's authorizations apply to them as to anyone), else HTTP Basic
 * against Camunda's identity service. Camunda's filter creates it by name, so it finds
 * {@link BearerTokens} in the application's context.
 */
public class BearerOrBasic extends HttpBasicAuthenticationProvider {

    private static final String BEARER = "Bearer ";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return super.extractAuthenticatedUser(request, engine);
        }
        return tokens(request).read(authorization.substring(BEARER.length()).trim()).map(identity -> {
            AuthenticationResult result = AuthenticationResult.successful(identity.user());
            result.setGroups(identity.groups());
            return result;
        }).orElseGet(AuthenticationResult::unsuccessful);
    }

    private static BearerTokens tokens(HttpServletRequest request) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext()).getBean(BearerTokens.class);
    }
}
