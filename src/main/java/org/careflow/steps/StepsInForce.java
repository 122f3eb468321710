package org.careflow.steps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The declared steps of each deployed process definition, read once per definition: a deployed
 * version never changes, and Camunda caches its model.
 */
@Component
public class StepsInForce {

    // Engine customisations (the guard on completions) read the steps, so the engine is looked up when asked.
    private final ObjectProvider<RepositoryService> repository;
    private final Map<String, DeclaredSteps> byDefinition = new ConcurrentHashMap<>();

    StepsInForce(ObjectProvider<RepositoryService> repository) {
        this.repository = repository;
    }

    public DeclaredSteps of(String processDefinitionId) {
        return byDefinition.computeIfAbsent(processDefinitionId,
                id -> DeclaredSteps.of(repository.getObject().getBpmnModelInstance(id)));
    }
}
