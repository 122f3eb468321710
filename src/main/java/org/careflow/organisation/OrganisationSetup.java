package org.careflow.organisation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/** Runs once the engine is built, before the job executor and the web apps serve anyone. */
@Component
class OrganisationSetup extends AbstractProcessEnginePlugin {

    private final DemoProperties properties;

    OrganisationSetup(DemoProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Grants grants = new Grants(engine.getAuthorizationService());
        if (properties.enabled()) {
            new DemoOrganisation(engine.getIdentityService(), grants).create();
        }
        new StandingAuthorizations(grants, engine.getIdentityService()).apply();
    }
}
