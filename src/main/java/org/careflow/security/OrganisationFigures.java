package org.careflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.organisation.CurrentUser;

/**
 * Process definition statistics count every running instance of the organisation, whichever team's
 * case it is: Camunda checks only READ on the definition, which everyone needs to start a case in
 * Tasklist. They are Cockpit's figures, so the engine REST API answers them to those Camunda lets
 * use Cockpit (managers, heads of service, process owners, administrators), and 403 to anyone else.
 * The web apps' copy of the API and Cockpit's own are held by the same grant: {@link CockpitUsersOnly}.
 */
@Priority(Priorities.AUTHORIZATION)
class OrganisationFigures implements ContainerRequestFilter {

    static final String COCKPIT = "cockpit";
    /** Under the default engine's root and under {@code /engine/{name}}, as the REST API serves both. */
    private static final Pattern STATISTICS =
            Pattern.compile("(engine/[^/]+/)?process-definition(/key/[^/]+(/tenant-id/[^/]+)?|/[^/]+)?/statistics/?");

    private final ProcessEngine engine;

    OrganisationFigures(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Segment by segment, as resources are matched: without matrix parameters (;x=y), which would hide the path.
        String path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).collect(Collectors.joining("/"));
        if (!STATISTICS.matcher(path).matches() || mayUseCockpit()) {
            return;
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "AuthorizationException", "message",
                        "Process definition statistics are the organisation's figures: only users of Cockpit read them"))
                .build());
    }

    private boolean mayUseCockpit() {
        CurrentUser user = CurrentUser.of(engine.getIdentityService());
        if (!user.isSomebody()) {
            return false;
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        boolean admin = configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.userId())
                || configuration.getAdminGroups() != null && user.groupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
        return admin || engine.getAuthorizationService().isUserAuthorized(user.userId(), user.groupIds(), ACCESS,
                APPLICATION, COCKPIT);
    }
}
