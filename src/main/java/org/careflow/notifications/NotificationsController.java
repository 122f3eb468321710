package org.careflow.notifications;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Each user's own choice: a mail per escalation, or a daily digest ({@code GET}/{@code PUT /api/me/notifications}). */
@RestController
class NotificationsController {

    private final Preferences preferences;
    private final IdentityService identity;

    NotificationsController(Preferences preferences, IdentityService identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GetMapping("/api/me/notifications")
    Map<String, String> mine() {
        return Map.of("preference", preferences.of(me()));
    }

    @PutMapping("/api/me/notifications")
    Map<String, String> choose(@RequestBody(required = false) Map<String, Object> choice) {
        Object preference = choice == null ? null : choice.get("preference");
        if (!Preferences.EACH.equals(preference) && !Preferences.DIGEST.equals(preference)) {
            throw new InvalidInputException("preference", "preference is '" + Preferences.EACH + "' (a mail per escalation) or '"
                    + Preferences.DIGEST + "' (a daily digest), not '" + preference + "'");
        }
        String user = me();
        preferences.choose(user, (String) preference);
        return Map.of("preference", preferences.of(user));
    }

    private String me() {
        CurrentUser user = CurrentUser.of(identity);
        if (!user.isSomebody()) {
            throw new AuthorizationException("a user's notifications are their own");
        }
        return user.userId();
    }
}
