package org.careflow.timeliness;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.CurrentUser;
import org.careflow.organisation.ManagedTeams;
import org.springframework.stereotype.Component;

/**
 * Whose timeliness the current user may read: every team for heads of service and the returns lead
 * (group {@value #RETURNS}), the teams they manage for a team manager, nobody's for anyone else.
 */
@Component
class TimelinessReaders {

    /** The authority's returns lead (performance and data teams): reads every team, as for the returns. */
    static final String RETURNS = "returns";

    private final ManagedTeams managedTeams;
    private final IdentityService identityService;

    TimelinessReaders(ManagedTeams managedTeams, IdentityService identityService) {
        this.managedTeams = managedTeams;
        this.identityService = identityService;
    }

    /** The team asked for, or all the user may read when none is; refused if they may read none. */
    List<String> teamsOfCurrentUser(String team) {
        if (CurrentUser.of(identityService).isIn(RETURNS)) {
            List<String> all = managedTeams.all();
            if (team == null || team.isBlank()) {
                return all;
            }
            if (!all.contains(team)) {
                throw new InvalidInputException("team", "team '" + team + "' is not a team of the organisation");
            }
            return List.of(team);
        }
        if (managedTeams.ofCurrentUser().isEmpty()) {
            throw new AuthorizationException(
                    "Timeliness is for team managers, heads of service and the returns lead: you manage no team");
        }
        return managedTeams.ofCurrentUser(team);
    }
}
