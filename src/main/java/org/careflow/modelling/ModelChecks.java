package org.careflow.modelling;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.steps.StepDeadlines;
import org.careflow.steps.StepObservers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine never runs a model that would break the service, however it is deployed: from
 * processes/ at start, from Camunda Modeler or over the REST API. A parse listener could only
 * abort at the first problem; a parse of CareFlow's own reports them all as Camunda's own errors,
 * and applies each statutory step's declaration where the engine needs a date.
 */
@Component
@org.springframework.core.annotation.Order(org.careflow.EnginePlugins.MODEL_CHECKS)
class ModelChecks extends AbstractProcessEnginePlugin {

    private final ModelRules rules;
    // The deadlines need the engine's decisions, so they are looked up when a date is computed.
    private final ObjectProvider<StepDeadlines> deadlines;
    private final ObjectProvider<StepObservers> observers;

    ModelChecks(ModelRules rules, ObjectProvider<StepDeadlines> deadlines, ObjectProvider<StepObservers> observers) {
        this.rules = rules;
        this.deadlines = deadlines;
        this.observers = observers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(parser -> new CheckedBpmnParse(parser, rules, deadlines::getObject, observers::getObject));
    }
}
