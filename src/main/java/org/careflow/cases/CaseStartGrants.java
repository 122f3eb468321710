package org.careflow.cases;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.careflow.EnginePlugins;
import org.careflow.organisation.Grants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Everyone may start a case, by its case processes; escalations and reviews start only from inside
 * the engine. Once the engine is built, before anyone is served, like the organisation's standing
 * grants; which cases a team then sees is granted case by case ({@link CaseAccess}).
 */
@Component
@Order(EnginePlugins.CASE_START_GRANTS)
class CaseStartGrants extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Grants grants = new Grants(engine.getAuthorizationService());
        for (String caseProcess : CaseProcesses.KEYS) {
            grants.toEveryone(PROCESS_DEFINITION, caseProcess, CREATE_INSTANCE);
        }
        grants.toEveryone(PROCESS_INSTANCE, Authorization.ANY, CREATE);
    }
}
