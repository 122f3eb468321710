package org.careflow.escalation;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.calendar.EngineClock;
import org.careflow.steps.StepDeadlines;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.springframework.stereotype.Component;

/**
 * Which occurrence of a step an escalation is about, and whether it is still not done when the
 * escalation would go to a head of service.
 */
@Component("overdueSteps")
public class OverdueSteps {

    private final HistoryService historyService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    private final StepsInForce steps;
    private final StepDeadlines deadlines;
    private final Escalations escalations;

    OverdueSteps(HistoryService historyService, TaskService taskService, RuntimeService runtimeService,
            StepsInForce steps, StepDeadlines deadlines, Escalations escalations) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.steps = steps;
        this.deadlines = deadlines;
        this.escalations = escalations;
    }

    /**
     * Start listener of the escalation: learns which step is overdue from the element that called it
     * ({@link #fromTheStep}), notes where the occurrence of that step runs, so that the oversight
     * recorded for it is shown on that step and no other (a plan has several steps, a visit several
     * occurrences), and whether this lateness was escalated already; and keeps all that on the
     * escalation's row ({@link Escalations}), the step held to its own deadline to begin with.
     */
    public void identify(DelegateExecution escalation) {
        DelegateExecution caller = escalation.getSuperExecution();
        Overdue overdue = caller != null ? fromTheStep(escalation, caller) : givenAtStart(escalation);
        List<Task> tasks = openTasks(overdue.processInstanceId(), overdue.stepId());
        String occurrence = (tasks.isEmpty()
                ? scopeOf(runtimeService.getActivityInstance(overdue.processInstanceId()), overdue.stepId())
                : tasks.stream().filter(task -> dueBy(task, overdue.deadline())).findFirst().map(Task::getExecutionId)).orElse(null);
        String earlier = escalations.firstOf(overdue.processInstanceId(), overdue.stepId(), overdue.deadline()).orElse(null);
        escalations.begin(new EscalationFacts(escalation.getProcessInstanceId(), overdue.name(), overdue.stepId(),
                overdue.processInstanceId(), occurrence, overdue.deadline(), overdue.deadline(), earlier),
                escalation.getProcessBusinessKey(), EngineClock.now());
    }

    /** The step an escalation is about: its name and element, where it waits, and its due date. */
    private record Overdue(String name, String stepId, String processInstanceId, Date deadline) {
    }

    /**
     * From the declaration of the step its caller escalates: so no model passes them by hand, and the
     * deadline is the one the step's task is due by. The case's team comes with them, a variable as in
     * every process of the case (its managers are the candidates, and access follows it).
     */
    private Overdue fromTheStep(DelegateExecution escalation, DelegateExecution caller) {
        StepDeclaration step = steps.of(caller.getProcessDefinitionId()).ofEscalation(caller.getCurrentActivityId())
                .orElseThrow(() -> new IllegalStateException(caller.getCurrentActivityId() + " escalates no declared step"));
        escalation.setVariable(EscalationProcess.TEAM, caller.getVariable(EscalationProcess.TEAM));
        return new Overdue(step.name(), step.elementId(), caller.getProcessInstanceId(), deadlines.due(step, caller));
    }

    /** An escalation started by the engine's API rather than by a step is given what it escalates. */
    private static Overdue givenAtStart(DelegateExecution escalation) {
        return new Overdue((String) escalation.getVariable(EscalationProcess.OVERDUE_STEP),
                (String) escalation.getVariable(EscalationProcess.OVERDUE_STEP_ID),
                (String) escalation.getVariable(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID),
                (Date) escalation.getVariable(EscalationProcess.DEADLINE));
    }

    /** The execution of a step made of several tasks: the sub-process's, which its tasks run in. */
    private static Optional<String> scopeOf(ActivityInstance instance, String stepId) {
        if (instance == null) {
            return Optional.empty();
        }
        if (stepId.equals(instance.getActivityId()) && instance.getExecutionIds().length > 0) {
            return Optional.of(instance.getExecutionIds()[0]);
        }
        return Arrays.stream(instance.getChildActivityInstances()).map(child -> scopeOf(child, stepId))
                .flatMap(Optional::stream).findFirst();
    }

    /** Whether the step this escalation is about is still not done ({@link #stillOpen(String, String, Date)}). */
    public boolean stillOpen(DelegateExecution escalation) {
        EscalationFacts facts = escalations.known(escalation);
        return stillOpen(facts.overdueProcessInstanceId(), facts.overdueStepId(), facts.deadline());
    }

    /**
     * A step that repeats (a visit, a core group) has a newer occurrence open once the overdue one
     * is done; only an occurrence due by the escalated deadline is the overdue step. A deadline
     * moved later since the escalation is no longer passed either. (Also the form in which the
     * models of escalations started before their rows were kept ask it, from their variables.)
     */
    public boolean stillOpen(String processInstanceId, String stepId, Date deadline) {
        List<Task> tasks = openTasks(processInstanceId, stepId);
        if (!tasks.isEmpty()) {
            return tasks.stream().anyMatch(task -> dueBy(task, deadline));
        }
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityId(stepId)
                .unfinished()
                .count() > 0;
    }

    private List<Task> openTasks(String processInstanceId, String stepId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(stepId).list();
    }

    private static boolean dueBy(Task task, Date deadline) {
        return task.getDueDate() == null || !task.getDueDate().after(deadline);
    }
}
