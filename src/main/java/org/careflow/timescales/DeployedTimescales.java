package org.careflow.timescales;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads each timescale from the latest deployed version of the {@code timescales} decision, so
 * that a process owner changes a number by deploying a new version, without a release.
 */
@Component
class DeployedTimescales implements Timescales {

    private final DecisionService decisionService;

    DeployedTimescales(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    @Override
    public Timescale get(String id) {
        return TimescalesDecision.toTimescale(id, decisionService.evaluateDecisionTableByKey(
                TimescalesDecision.KEY, Variables.putValue(TimescalesDecision.INPUT, id)));
    }
}
