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
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;

/**
 * The statutory rule of an occurrence, as the step declares it once on its element, applied to the
 * case's facts: the timescale in force (a repeat's own once the step has happened), the deadline and
 * the reminder day, by the one place deadlines are computed ({@link DeadlineCalculator}); and whether
 * the model escalates the step when its deadline passes. The calculator it is given reads the
 * timescales as they were in force when the replay began ({@link TimescalesInForce}).
 */
final class StepRules {

    private final StepsInForce steps;
    private final DeadlineCalculator calculator;
    private final RepositoryService repository;
    private final Map<String, Set<String>> escalatedByDefinition = new ConcurrentHashMap<>();

    StepRules(StepsInForce steps, DeadlineCalculator calculator, RepositoryService repository) {
        this.steps = steps;
        this.calculator = calculator;
        this.repository = repository;
    }

    Optional<StepDeclaration> ofTask(String processDefinitionId, String taskKey) {
        return steps.of(processDefinitionId).ofTask(taskKey);
    }

    /** The timescale the deadline runs on: a held date reminds by the step's own, a repeat runs on its own. */
    private String timescale(StepDeclaration step, Map<String, Object> facts) {
        String own = step.timescaleIn() == null ? step.timescale() : (String) facts.get(step.timescaleIn());
        if (held(step, facts) == null && repeatedFrom(step, facts) != null && step.repeatTimescale() != null) {
            return step.repeatTimescale();
        }
        return own;
    }

    /** The occurrence's rule applied: its timescale, deadline and reminder day. */
    record Applied(String timescale, LocalDate deadline, LocalDate reminder) {
    }

    Applied apply(StepDeclaration step, Map<String, Object> facts) {
        Deadline deadline = deadline(step, facts);
        boolean remindable = step.timescale() != null || step.timescaleIn() != null;
        return new Applied(timescale(step, facts), deadline.date(), remindable ? deadline.reminder() : null);
    }

    private Deadline deadline(StepDeclaration step, Map<String, Object> facts) {
        String timescale = timescale(step, facts);
        Object held = held(step, facts);
        if (held != null) {
            return calculator.onDate(held, timescale);
        }
        Object last = repeatedFrom(step, facts);
        return calculator.deadline(timescale, last != null ? last : facts.get(step.clockStartsFrom()));
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

    private static Object held(StepDeclaration step, Map<String, Object> facts) {
        return step.deadlineIn() == null ? null : facts.get(step.deadlineIn());
    }

    private static Object repeatedFrom(StepDeclaration step, Map<String, Object> facts) {
        return step.repeatsFrom() == null ? null : facts.get(step.repeatsFrom());
    }
}
