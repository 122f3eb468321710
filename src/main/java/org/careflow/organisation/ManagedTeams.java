package org.careflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/** The teams the current user oversees: those they manage, or every team for a head of service. */
@Component
public class ManagedTeams {

    private final IdentityService identityService;

    ManagedTeams(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Every team of the organisation, by id. */
    public List<String> all() {
        return Organisation.groupsOfType(identityService, Organisation.TEAM_TYPE, identityService.createGroupQuery()).stream()
                .map(Group::getId).sorted().toList();
    }

    public List<String> ofCurrentUser() {
        List<String> groups = CurrentUser.of(identityService).groupIds();
        return all().stream().filter(team -> Organisation.oversees(groups, team)).toList();
    }

    /** The teams asked for, which must be among those the user oversees; all of those when none is asked for. */
    public List<String> ofCurrentUser(String team) {
        List<String> managed = ofCurrentUser();
        if (team == null || team.isBlank()) {
            return managed;
        }
        if (!managed.contains(team)) {
            throw new InvalidInputException("team", "team '" + team + "' is not a team you oversee");
        }
        return List.of(team);
    }
}
