package org.careflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who the web apps are used by once the council's provider signed them in (Spring Security's OAuth2
 * login, {@link WebSignIn}): the user from {@code careflow.oidc.user-claim} of their ID token, their
 * CareFlow groups mapped from {@code careflow.oidc.groups-claim} ({@link DirectoryGroups}). Camunda's
 * {@code ContainerBasedAuthenticationFilter} makes them the web apps' user; someone signed in with
 * none of CareFlow's groups is not let in.
 */
public class SignedInUser implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof OidcUser user)) {
            return AuthenticationResult.unsuccessful();
        }
        ApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
        OidcProperties properties = context.getBean(OidcProperties.class);
        Object id = user.getClaims().get(properties.userClaim());
        List<String> groups = context.getBean(DirectoryGroups.class).careflowGroups(user.getClaims().get(properties.groupsClaim()));
        if (!(id instanceof String userId) || userId.isBlank() || groups.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groups);
        return result;
    }

    /** Says why, to a person: the sign-in is the provider's, so there is nothing to ask for here. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        try {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Not a CareFlow user</title></head><body>"
                    + "<h1>You are signed in, but not to CareFlow</h1><p>None of your groups in the council's directory is a"
                    + " CareFlow team or role. Ask your manager or the council's IT to add you to one.</p></body></html>");
        } catch (java.io.IOException e) {
            // the status alone says it
        }
    }
}
