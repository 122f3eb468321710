package org.careflow.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.careflow.steps.DeclaredSteps;
import org.careflow.steps.StepDeclaration;

/**
 * The timescale that sets a step's due date, as its declaration says: the {@code timescale} tag of
 * the step meters. Either a name known from the model or, where each case chooses its standard
 * ({@code visitTimescale}: the plan sets its visit frequency), the variable to read per case.
 *
 * @param timescale the tag value, or null when it is the value of {@code variable}
 * @param variable  the process variable holding the timescale id, or null
 */
record StepTimescale(String timescale, String variable) {

    /** A step whose due date no timescale sets: a date the court lists (the IRH). */
    static final String NONE = "none";

    /** The user tasks that are statutory steps, by task definition key; a task of none has no timescale. */
    static Map<String, StepTimescale> of(BpmnModelInstance model) {
        DeclaredSteps steps = DeclaredSteps.of(model);
        Map<String, StepTimescale> timescales = new LinkedHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            steps.ofTask(task.getId()).ifPresent(step -> timescales.put(task.getId(), of(step)));
        }
        return timescales;
    }

    /**
     * A step that repeats on another timescale is tagged with both ({@code first-review/next-review}):
     * which one runs depends on whether one has been held.
     */
    static StepTimescale of(StepDeclaration step) {
        if (step.timescaleIn() != null) {
            return new StepTimescale(null, step.timescaleIn());
        }
        String named = step.timescales().distinct().collect(Collectors.joining("/"));
        return new StepTimescale(named.isEmpty() ? NONE : named, null);
    }
}
