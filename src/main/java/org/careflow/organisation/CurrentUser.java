package org.careflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The user the engine is acting for, with their groups (teams, managers' groups, process owners),
 * as the request that called it authenticated them; nobody when no one is named (a job, the engine
 * continuing by itself). Read here because the engine hands it out as an internal class
 * ({@code Authentication}), so that CareFlow's checks of who is asking name that class once
 * ({@link AsSystem}, which puts the very same authentication back, is the other place).
 */
public record CurrentUser(String userId, List<String> groupIds) {

    private static final CurrentUser NOBODY = new CurrentUser(null, List.of());

    public static CurrentUser of(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            return NOBODY;
        }
        return new CurrentUser(authentication.getUserId(),
                authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    /** A named user, not the engine acting by itself. */
    public boolean isSomebody() {
        return userId != null;
    }

    public boolean isIn(String group) {
        return groupIds.contains(group);
    }
}
