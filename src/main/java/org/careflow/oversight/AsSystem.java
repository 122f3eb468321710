package org.careflow.oversight;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an identity query (teams, their members) without the current user's authorizations: who
 * is in which team is what oversight is about, and a manager is not granted the identity
 * resources for it. Nothing about cases is read this way.
 */
final class AsSystem {

    private AsSystem() {
    }

    static <T> T identity(IdentityService identityService, Supplier<T> query) {
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
