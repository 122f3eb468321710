package org.careflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.careflow.organisation.CurrentUser;

/**
 * Actuator: health answers anyone (a load balancer asks it, and it says only UP or DOWN); every other
 * endpoint, /actuator/prometheus first, needs HTTP Basic as a member of the metrics readers' group,
 * since the metrics tell how many of the organisation's statutory steps are late.
 */
class ActuatorAuthenticationFilter extends CredentialsRequired {

    private final ProcessEngine engine;
    private final String health;
    private final String readersGroup;

    ActuatorAuthenticationFilter(ProcessEngine engine, String actuatorPath, String readersGroup) {
        this.engine = engine;
        this.health = actuatorPath + "/health";
        this.readersGroup = readersGroup;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isHealth((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(request, response, (authenticated, answer) -> {
            if (CurrentUser.of(engine.getIdentityService()).isIn(readersGroup)) {
                chain.doFilter(authenticated, answer);
            } else {
                ((HttpServletResponse) answer).sendError(HttpServletResponse.SC_FORBIDDEN,
                        "Only members of the group '" + readersGroup + "' may read the metrics");
            }
        });
    }

    /**
     * Read from the path the container has decoded and normalised (path parameters and dot segments
     * gone), the path endpoints are matched on, never from the raw URI: {@code /actuator/health/..;/prometheus}
     * is /actuator/prometheus and needs credentials.
     */
    private boolean isHealth(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(health) || path.startsWith(health + "/");
    }
}
