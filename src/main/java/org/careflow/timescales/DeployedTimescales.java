package org.careflow.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads each timescale from the latest deployed version of the {@code timescales} decision, so
 * that a process owner changes a number by deploying a new version, without a release.
 *
 * <p>The table is looked up, not decided: a deadline's audit is the due date on its task and the
 * decision's version in the deployment. So it is evaluated by a DMN engine of its own, which writes
 * no decision history; through the process engine's DecisionService each deadline wrote a decision
 * instance with its input and five outputs, and every escalation computes three deadlines
 * (docs/benchmarks.md). Each version is parsed once, and each of its rows evaluated once: a
 * deployed version never changes, its only input is the timescale id, and FEEL for every deadline
 * took about a third of the request threads' time when starting cases. Which version is the latest
 * is asked once in each transaction ({@link LatestTimescalesVersion}), so that a new one counts at
 * once, on every node.
 */
@Component
class DeployedTimescales implements Timescales {

    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, Version> versions = new ConcurrentHashMap<>();
    private final LatestTimescalesVersion latestVersion = new LatestTimescalesVersion();

    DeployedTimescales(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public Timescale get(String id) {
        DecisionDefinition latest = latestVersion.get(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(TimescalesDecision.KEY).latestVersion().singleResult());
        if (latest == null) {
            throw new NotFoundException("no decision '" + TimescalesDecision.KEY + "' is deployed: deploy processes/timescales.dmn");
        }
        return versions.computeIfAbsent(latest.getId(), version -> new Version(parse(latest))).timescale(id);
    }

    /** One deployed version of the table and the timescales read from it so far; an unknown id is not kept. */
    private final class Version {

        private final DmnDecision table;
        private final Map<String, Timescale> timescales = new ConcurrentHashMap<>();

        Version(DmnDecision table) {
            this.table = table;
        }

        Timescale timescale(String id) {
            return timescales.computeIfAbsent(id, key -> TimescalesDecision.toTimescale(key,
                    dmnEngine.evaluateDecisionTable(table, Variables.putValue(TimescalesDecision.INPUT, key))));
        }
    }

    private DmnDecision parse(DecisionDefinition definition) {
        try (InputStream dmn = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return dmnEngine.parseDecision(TimescalesDecision.KEY, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
