package org.careflow.organisation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organisation in the engine: the grants the engine makes by itself ({@link TeamAuthorizationProvider}),
 * and, once the engine is built and before the job executor and the web apps serve anyone, the
 * demo organisation and the standing grants.
 */
@Component
@Order(EnginePlugins.ORGANISATION_SETUP)
class OrganisationSetup extends AbstractProcessEnginePlugin {

    private final DemoProperties properties;

    OrganisationSetup(DemoProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TeamAuthorizationProvider());
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
