package org.careflow.security;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.ApplicationRequestAuthorizer;
import org.camunda.bpm.webapp.impl.security.filter.Authorization;
import org.camunda.bpm.webapp.impl.security.filter.EngineRequestAuthorizer;
import org.camunda.bpm.webapp.impl.security.filter.RequestAuthorizer;

/**
 * The web apps' data that only Cockpit's users may read: Cockpit's plugin API and the engine API's
 * organisation-wide statistics ({@link OrganisationFigures}). A user must be logged in (Camunda's
 * engine check) and hold the Cockpit grant (its application check, which on its own lets an
 * anonymous request through, as the apps' own pages need before a login). Named in
 * {@code careflowSecurityFilterRules.json}, which the web apps' security filter instantiates.
 */
public class CockpitUsersOnly implements RequestAuthorizer {

    private final EngineRequestAuthorizer engine = new EngineRequestAuthorizer();
    private final ApplicationRequestAuthorizer application = new ApplicationRequestAuthorizer();

    @Override
    public Authorization authorize(Map<String, String> parameters) {
        Authorization loggedIn = engine.authorize(parameters);
        if (!loggedIn.isGranted()) {
            return loggedIn;
        }
        Map<String, String> forCockpit = new HashMap<>(parameters);
        forCockpit.put("app", OrganisationFigures.COCKPIT);
        return application.authorize(forCockpit);
    }
}
