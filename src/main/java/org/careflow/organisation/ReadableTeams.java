package org.careflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Whose record of the service the current user may read (timeliness, the returns): every team for
 * heads of service and the returns lead (group {@value Organisation#RETURNS}), the teams they manage
 * for a team manager, nobody's for anyone else.
 */
@Component
public class ReadableTeams {

    private final ManagedTeams managedTeams;
    private final IdentityService identityService;

    ReadableTeams(ManagedTeams managedTeams, IdentityService identityService) {
        this.managedTeams = managedTeams;
        this.identityService = identityService;
    }

    /** The team asked for, or all the user may read when none is; refused if they may read none. */
    public List<String> ofCurrentUser(String team, String whatIsRead) {
        if (CurrentUser.of(identityService).isIn(Organisation.RETURNS)) {
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
                    whatIsRead + " is for team managers, heads of service and the returns lead: you manage no team");
        }
        return managedTeams.ofCurrentUser(team);
    }
}
