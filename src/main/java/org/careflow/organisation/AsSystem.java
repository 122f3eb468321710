package org.careflow.organisation;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls without the current user's authorizations, once CareFlow has checked the user
 * itself: who is in which team (a manager is not granted the identity resources, yet that is what
 * oversight is about), a reallocation or a date a manager may change as the team's manager (nobody
 * holds a grant to write a case's variables: only CareFlow's audited operations do), and the
 * escalations of cases whose steps the user has just been allowed to see.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T run(IdentityService identityService, Supplier<T> query) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
