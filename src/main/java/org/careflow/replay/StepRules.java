package org.careflow.replay;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.careflow.steps.DeclaredSteps;
import org.careflow.steps.StepDeadlines;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;

/**
 * The statutory rule of an occurrence, as the step declares it once on its element, applied to the
 * case's facts by the engine's own reading of it ({@link StepDeadlines}): the timescale in force (a
 * repeat's own once the step has happened), the deadline and the reminder day; and whether the model
 * escalates the step when its deadline passes. The calculator it is given reads the timescales as
 * they were in force when the replay began ({@link TimescalesInForce}), so a change made while the
 * replay runs cannot move what it expects.
 */
final class StepRules {

    private final StepsInForce steps;
    private final StepDeadlines deadlines;
    private final RepositoryService repository;
    private final Map<String, Set<String>> escalatedByDefinition = new ConcurrentHashMap<>();

    StepRules(StepsInForce steps, DeadlineCalculator calculator, RepositoryService repository) {
        this.steps = steps;
        this.deadlines = StepDeadlines.computedBy(calculator);
        this.repository = repository;
    }

    Optional<StepDeclaration> ofTask(String processDefinitionId, String taskKey) {
        return steps.of(processDefinitionId).ofTask(taskKey);
    }

    /** The occurrence's rule applied: its timescale, deadline and reminder day. */
    record Applied(String timescale, LocalDate deadline, LocalDate reminder) {
    }

    Applied apply(StepDeclaration step, Map<String, Object> facts) {
        Deadline deadline = deadlines.of(step, facts::get);
        return new Applied(deadlines.timescaleInForce(step, facts::get), deadline.date(),
                step.reminds() ? deadline.reminder() : null);
    }

    boolean escalates(String processDefinitionId, StepDeclaration step) {
        return escalatedByDefinition.computeIfAbsent(processDefinitionId, this::escalatedSteps).contains(step.elementId());
    }

    private Set<String> escalatedSteps(String processDefinitionId) {
        Set<String> escalated = new HashSet<>();
        DeclaredSteps declared = steps.of(processDefinitionId);
        for (CallActivity call : repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(CallActivity.class)) {
            if (DeclaredSteps.ESCALATION_PROCESS.equals(call.getCalledElement())) {
                declared.ofEscalation(call.getId()).ifPresent(step -> escalated.add(step.elementId()));
            }
        }
        return escalated;
    }
}
