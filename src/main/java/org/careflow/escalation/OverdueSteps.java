package org.careflow.escalation;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
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

    OverdueSteps(HistoryService historyService, TaskService taskService, RuntimeService runtimeService,
            StepsInForce steps, StepDeadlines deadlines) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.steps = steps;
        this.deadlines = deadlines;
    }

    /**
     * Start listener of the escalation: learns which step is overdue from the element that called it
     * ({@link #fromTheStep}), notes where the occurrence of that step runs, so that the oversight
     * recorded for it is shown on that step and no other (a plan has several steps, a visit several
     * occurrences), and whether this lateness was escalated already.
     */
    public void identify(DelegateExecution escalation) {
        DelegateExecution caller = escalation.getSuperExecution();
        if (caller != null) {
            fromTheStep(escalation, caller);
        }
        String processInstanceId = (String) escalation.getVariable(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID);
        String stepId = (String) escalation.getVariable(EscalationProcess.OVERDUE_STEP_ID);
        Date deadline = (Date) escalation.getVariable(EscalationProcess.DEADLINE);
        List<Task> tasks = openTasks(processInstanceId, stepId);
        Optional<String> occurrence = tasks.isEmpty()
                ? scopeOf(runtimeService.getActivityInstance(processInstanceId), stepId)
                : tasks.stream().filter(task -> dueBy(task, deadline)).findFirst().map(Task::getExecutionId);
        occurrence.ifPresent(execution -> escalation.setVariable(EscalationProcess.OVERDUE_EXECUTION_ID, execution));
        noteAnEarlierEscalation(escalation);
    }

    /**
     * The escalation's inputs ({@link EscalationProcess}), from the declaration of the step its caller
     * escalates: so no model passes them by hand, and the deadline is the one the step's task is due by.
     */
    private void fromTheStep(DelegateExecution escalation, DelegateExecution caller) {
        StepDeclaration step = steps.of(caller.getProcessDefinitionId()).ofEscalation(caller.getCurrentActivityId())
                .orElseThrow(() -> new IllegalStateException(caller.getCurrentActivityId() + " escalates no declared step"));
        escalation.setVariable(EscalationProcess.TEAM, caller.getVariable(EscalationProcess.TEAM));
        escalation.setVariable(EscalationProcess.OVERDUE_STEP, step.name());
        escalation.setVariable(EscalationProcess.OVERDUE_STEP_ID, step.elementId());
        escalation.setVariable(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID, caller.getProcessInstanceId());
        escalation.setVariable(EscalationProcess.DEADLINE, deadlines.due(step, caller));
    }

    /**
     * Whether the same lateness (this step of this case, due by this deadline) has been escalated
     * already; if so the escalation notes which one, and its gateway ends it.
     */
    private void noteAnEarlierEscalation(DelegateExecution escalation) {
        Optional<HistoricProcessInstance> earlier = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKey(escalation.getProcessBusinessKey())
                .variableValueEquals(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID,
                        escalation.getVariable(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID))
                .variableValueEquals(EscalationProcess.OVERDUE_STEP_ID, escalation.getVariable(EscalationProcess.OVERDUE_STEP_ID))
                .variableValueEquals(EscalationProcess.DEADLINE, escalation.getVariable(EscalationProcess.DEADLINE))
                .orderByProcessInstanceStartTime().asc().list().stream()
                .filter(instance -> !instance.getId().equals(escalation.getProcessInstanceId())).findFirst();
        earlier.ifPresent(instance -> escalation.setVariable(EscalationProcess.ALREADY_ESCALATED_BY, instance.getId()));
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

    /**
     * A step that repeats (a visit, a core group) has a newer occurrence open once the overdue one
     * is done; only an occurrence due by the escalated deadline is the overdue step. A deadline
     * moved later since the escalation is no longer passed either.
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
