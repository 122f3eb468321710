package org.careflow.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

@Component
public class Teams {

    private final IdentityService identityService;

    Teams(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean exists(String team) {
        return isTeam(identityService, team);
    }

    /** For code that runs inside the engine and reaches the identity service through it. */
    public static boolean isTeam(IdentityService identityService, String group) {
        return group != null && Organisation.groupsOfType(identityService, Organisation.TEAM_TYPE,
                identityService.createGroupQuery().groupId(group)).size() == 1;
    }
}
