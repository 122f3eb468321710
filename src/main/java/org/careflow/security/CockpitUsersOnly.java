package org.careflow.security;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.ApplicationRequestAuthorizer;
import org.camunda.bpm.webapp.impl.security.filter.Authorization;
import org.camunda.bpm.webapp.impl.security.filter.RequestAuthorizer;

/**
 * Camunda's check that the logged-in user may use Cockpit, for paths of the web apps' engine API that
 * carry no application name: the organisation-wide statistics ({@link OrganisationFigures}). Named
 * in {@code careflowSecurityFilterRules.json}, which the web apps' security filter instantiates.
 */
public class CockpitUsersOnly implements RequestAuthorizer {

    private final ApplicationRequestAuthorizer application = new ApplicationRequestAuthorizer();

    @Override
    public Authorization authorize(Map<String, String> parameters) {
        Map<String, String> forCockpit = new HashMap<>(parameters);
        forCockpit.put("app", OrganisationFigures.COCKPIT);
        return application.authorize(forCockpit);
    }
}
