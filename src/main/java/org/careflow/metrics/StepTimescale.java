package org.careflow.metrics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.careflow.modelling.TimescaleReferences;

/**
 * The timescale that sets a step's due date, as its model says: the {@code timescale} tag of the
 * step meters. Either a name known from the model or, where the model holds the id in a variable
 * ({@code visitTimescale}: the plan sets its visit standard), the variable to read per case.
 *
 * @param timescale the tag value, or null when it is the value of {@code variable}
 * @param variable  the process variable holding the timescale id, or null
 */
record StepTimescale(String timescale, String variable) {

    /** A step whose due date no timescale sets: a date the court lists (the IRH). */
    static final String NONE = "none";

    /** {@code deadlines.due(visitTimescale, ...)}: the first argument of due and dueInChain is the timescale. */
    private static final Pattern VARIABLE_TIMESCALE =
            Pattern.compile("\\bdeadlines\\s*\\.\\s*due(?:InChain)?\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*,");

    /** The user tasks with a due date, by task definition key; a task without one has no timescale. */
    static Map<String, StepTimescale> of(BpmnModelInstance model) {
        Map<String, StepTimescale> steps = new LinkedHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaDueDate() != null && !task.getCamundaDueDate().isBlank()) {
                steps.put(task.getId(), of(task.getCamundaDueDate(), task.getCamundaFollowUpDate()));
            }
        }
        return steps;
    }

    /**
     * The ids the due date names ({@code first-review/next-review} for a chain: which one runs depends
     * on whether a review has been held, so both are named); else the timescale held in a variable;
     * else the ids the follow-up date names (Conclude proceedings is due on the end the care-proceedings
     * timescale set, and extensions moved); else none.
     */
    static StepTimescale of(String dueDate, String followUpDate) {
        String named = named(dueDate);
        if (named != null) {
            return new StepTimescale(named, null);
        }
        Matcher variable = VARIABLE_TIMESCALE.matcher(dueDate);
        if (variable.find()) {
            return new StepTimescale(null, variable.group(1));
        }
        named = followUpDate == null ? null : named(followUpDate);
        return new StepTimescale(named != null ? named : NONE, null);
    }

    private static String named(String expression) {
        List<String> ids = TimescaleReferences.in(expression);
        return ids.isEmpty() ? null : String.join("/", new LinkedHashSet<>(ids));
    }
}
