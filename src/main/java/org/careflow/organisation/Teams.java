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
        return team != null && identityService.createGroupQuery()
                .groupId(team).groupType(Organisation.TEAM_TYPE).count() == 1;
    }
}
