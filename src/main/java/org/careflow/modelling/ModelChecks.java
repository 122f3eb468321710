package org.careflow.modelling;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine never runs a model that would break the service, however it is deployed: from
 * processes/ at start, from Camunda Modeler or over the REST API. A parse listener could only
 * abort at the first problem; a parse of CareFlow's own reports them all as Camunda's own errors.
 */
@Component
@org.springframework.core.annotation.Order(org.careflow.EnginePlugins.MODEL_CHECKS)
class ModelChecks extends AbstractProcessEnginePlugin {

    private final ModelRules rules;

    ModelChecks(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(parser -> new CheckedBpmnParse(parser, rules));
    }
}
