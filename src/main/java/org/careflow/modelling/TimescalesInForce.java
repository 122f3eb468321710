package org.careflow.modelling;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.timescales.TimescalesDecision;

/**
 * The timescales a deployment's models will run on: the {@code timescales} decision the deployment
 * brings with it, or else the latest one deployed. A timescale is known when a rule of that decision
 * matches its id, which is how deadlines look it up while a case runs.
 */
final class TimescalesInForce {

    private final DmnEngine dmn;
    private final DmnDecision decision;
    private final String description;

    private TimescalesInForce(DmnEngine dmn, DmnDecision decision, String description) {
        this.dmn = dmn;
        this.decision = decision;
        this.description = description;
    }

    /** Must run inside the deployment's command, which is where parsing happens. */
    static TimescalesInForce of(DeploymentEntity deployment, DmnEngine dmn) {
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (isDecision(resource.getName())) {
                DmnDecision decision = timescalesIn(resource, dmn);
                if (decision != null) {
                    return new TimescalesInForce(dmn, decision, "the decision '" + TimescalesDecision.KEY + "' in "
                            + resource.getName() + " of this deployment");
                }
            }
        }
        CommandContext command = Context.getCommandContext();
        DecisionDefinitionEntity latest = command.getDecisionDefinitionManager()
                .findLatestDecisionDefinitionByKey(TimescalesDecision.KEY);
        if (latest == null) {
            return new TimescalesInForce(dmn, null, "no decision '" + TimescalesDecision.KEY + "' (none is deployed)");
        }
        ResourceEntity resource = command.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
        return new TimescalesInForce(dmn, timescalesIn(resource, dmn), "the decision '" + TimescalesDecision.KEY
                + "' deployed (version " + latest.getVersion() + ", " + latest.getResourceName() + ")");
    }

    boolean knows(String timescaleId) {
        return decision != null && !dmn.evaluateDecisionTable(decision,
                Variables.putValue(TimescalesDecision.INPUT, timescaleId)).isEmpty();
    }

    String description() {
        return description;
    }

    private static boolean isDecision(String resourceName) {
        return Arrays.stream(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES)
                .anyMatch(suffix -> resourceName.endsWith("." + suffix));
    }

    private static DmnDecision timescalesIn(ResourceEntity resource, DmnEngine dmn) {
        return dmn.parseDecisions(new ByteArrayInputStream(resource.getBytes())).stream()
                .filter(decision -> TimescalesDecision.KEY.equals(decision.getKey()))
                .findFirst().orElse(null);
    }
}
