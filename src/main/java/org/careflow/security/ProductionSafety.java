package org.careflow.security;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.careflow.organisation.DemoProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start with the demo organisation or a password anyone could guess. It is
 * an engine plugin so that Spring creates it, and refuses, before the engine is built: otherwise
 * the demo users or the administrator would already be written to the production database.
 */
@Component
@Profile("postgres")
class ProductionSafety extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme", "");

    ProductionSafety(DemoProperties demo,
                     @Value("${camunda.bpm.admin-user.id:}") String adminId,
                     @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        if (demo.enabled()) {
            throw new IllegalStateException("careflow.demo.enabled is on in the postgres profile: "
                    + "the demo organisation has known passwords and must never run in production");
        }
        if (!adminId.isEmpty() && (DEFAULT_PASSWORDS.contains(adminPassword.toLowerCase()) || adminPassword.equals(adminId))) {
            throw new IllegalStateException("CAREFLOW_ADMIN_PASSWORD is a default or guessable password: "
                    + "set a password of your own for the administrator '" + adminId + "'");
        }
    }
}
