package org.careflow.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People's and teams' names as the identity service holds them, for pages that show names rather than ids. */
@Component
public class Names {

    /**
     * The user info (Camunda's {@code IdentityService#setUserInfo}) holding a social worker's Social Work
     * England registration number, by which DfE's feed names the worker.
     */
    public static final String SWE_NUMBER = "sweNumber";

    private final IdentityService identityService;

    Names(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Each team's name by its id; a team without a name is shown by its id. */
    public Map<String, String> ofTeams(Collection<String> teams) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!teams.isEmpty()) {
            AsSystem.run(identityService, () -> identityService.createGroupQuery().groupIdIn(teams.toArray(String[]::new))
                    .list()).forEach(group -> names.put(group.getId(), nameOf(group)));
        }
        return names;
    }

    /** Each user's first and last name by their id; a user unknown to the identity service (left, deleted) by the id. */
    public Map<String, String> ofUsers(Collection<String> users) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!users.isEmpty()) {
            AsSystem.run(identityService, () -> identityService.createUserQuery().userIdIn(users.toArray(String[]::new))
                    .list()).forEach(user -> names.put(user.getId(), nameOf(user)));
        }
        return names;
    }

    /** The Social Work England number of each user who has one recorded. */
    public Map<String, String> sweNumbers(Collection<String> users) {
        Map<String, String> numbers = new LinkedHashMap<>();
        AsSystem.run(identityService, () -> {
            users.forEach(user -> {
                String number = identityService.getUserInfo(user, SWE_NUMBER);
                if (number != null && !number.isBlank()) {
                    numbers.put(user, number.trim());
                }
            });
            return null;
        });
        return numbers;
    }

    private static String nameOf(Group group) {
        return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
