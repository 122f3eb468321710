package org.careflow.notifications;

import org.camunda.bpm.engine.IdentityService;
import org.careflow.organisation.AsSystem;
import org.springframework.stereotype.Component;

/**
 * How each user wants escalations: one mail each ({@value #EACH}, the default) or a daily digest
 * ({@value #DIGEST}), held as their Camunda user info {@value #USER_INFO} (set over
 * {@code PUT /api/me/notifications}, or by the council's directory).
 */
@Component
public class Preferences {

    public static final String USER_INFO = "careflowNotifications";
    public static final String EACH = "each";
    public static final String DIGEST = "digest";

    private final IdentityService identity;

    Preferences(IdentityService identity) {
        this.identity = identity;
    }

    boolean wantsDigest(String user) {
        return DIGEST.equals(AsSystem.run(identity, () -> identity.getUserInfo(user, USER_INFO)));
    }

    void choose(String user, String preference) {
        AsSystem.run(identity, () -> {
            identity.setUserInfo(user, USER_INFO, preference);
            return null;
        });
    }

    String of(String user) {
        return wantsDigest(user) ? DIGEST : EACH;
    }
}
