package org.careflow.startup;

import org.careflow.organisation.DemoOrganisation;
import org.careflow.organisation.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started CareFlow where to go and who can log in. */
@Component
class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final DemoProperties demo;

    StartupReport(DemoProperties demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        LOG.info("""

                CareFlow is up.
                    Tasklist : {}/camunda/app/tasklist/
                    Cockpit  : {}/camunda/app/cockpit/
                    Admin    : {}/camunda/app/admin/
                    REST API : {}/engine-rest (HTTP Basic)
                    Health   : {}/actuator/health
                    {}""", base, base, base, base, base,
                demo.enabled()
                        ? "Demo users ENABLED, password '" + DemoOrganisation.PASSWORD + "': " + String.join(", ", DemoOrganisation.userIds())
                        : "Demo users disabled: log in with your organisation's accounts");
    }
}
