package org.careflow.security;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.careflow.EnginePlugins;
import org.careflow.organisation.DemoProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Production refuses to start with the demo organisation or a password anyone could guess. It is
 * an engine plugin so that it refuses before the engine is built: otherwise the demo users or the
 * administrator (Camunda's {@code camunda.bpm.admin-user}) would already be written to the
 * production database.
 */
@Component
@Profile("postgres")
@Order(EnginePlugins.PRODUCTION_SAFETY)
class ProductionSafety extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme", "");

    private final DemoProperties demo;
    private final CamundaBpmProperties camunda;

    ProductionSafety(DemoProperties demo, CamundaBpmProperties camunda) {
        this.demo = demo;
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (demo.enabled()) {
            throw new IllegalStateException("careflow.demo.enabled is on in the postgres profile: "
                    + "the demo organisation has known passwords and must never run in production");
        }
        AdminUserProperty admin = camunda.getAdminUser();
        if (!StringUtils.hasLength(admin.getId())) {
            return;
        }
        // Spring binds a placeholder it cannot resolve as it is written: the variable was never set.
        if (admin.getPassword().startsWith("${") && admin.getPassword().endsWith("}")) {
            throw new IllegalStateException("CAREFLOW_ADMIN_PASSWORD is not set: "
                    + "set a password of your own for the administrator '" + admin.getId() + "'");
        }
        // Camunda's getPassword() falls back to the id when no password is set: refused as the id.
        if (DEFAULT_PASSWORDS.contains(admin.getPassword().toLowerCase()) || admin.getPassword().equals(admin.getId())) {
            throw new IllegalStateException("CAREFLOW_ADMIN_PASSWORD is a default or guessable password: "
                    + "set a password of your own for the administrator '" + admin.getId() + "'");
        }
    }
}
