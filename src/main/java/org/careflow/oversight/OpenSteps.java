package org.careflow.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.Organisation;
import org.careflow.tasks.TaskNaming;
import org.springframework.stereotype.Component;

/**
 * The open steps of the teams a manager oversees that are overdue or inside their reminder window
 * (past the task's follow-up date), read through the manager's own task authorizations.
 */
@Component
class OpenSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;
    private final EscalationStates escalations;

    OpenSteps(TaskService taskService, RuntimeService runtimeService, WorkingDayCalendar calendar,
              EscalationStates escalations) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.escalations = escalations;
    }

    record Filter(String worker, String step) {
        boolean accepts(StepRow row) {
            return (worker == null || worker.isBlank() || worker.equals(row.worker()))
                    && (step == null || step.isBlank() || step.equals(row.taskDefinitionKey()));
        }
    }

    List<StepRow> of(List<String> teams, Filter filter) {
        Date now = ClockUtil.getCurrentTime();
        List<StepRow> rows = new ArrayList<>();
        for (String team : teams) {
            List<Task> overdue = steps(teamTasks(team).dueBefore(now).list());
            List<Task> dueSoon = steps(teamTasks(team).dueAfter(now).followUpBefore(now).list());
            Map<String, String> caseReferences = caseReferencesOf(overdue, dueSoon);
            Map<String, EscalationState> escalationsByCaller = escalations.latestOf(new HashSet<>(caseReferences.values()));
            overdue.forEach(task -> rows.add(row(team, task, StepRow.OVERDUE, caseReferences, escalationsByCaller)));
            dueSoon.forEach(task -> rows.add(row(team, task, StepRow.DUE_SOON, caseReferences, escalationsByCaller)));
        }
        return rows.stream().filter(filter::accepts)
                .sorted(Comparator.comparing(StepRow::deadline).thenComparing(StepRow::caseReference))
                .toList();
    }

    /** The team's steps and its managers' own (an assessment waiting for authorisation), not escalations. */
    private TaskQuery teamTasks(String team) {
        return taskService.createTaskQuery().taskCandidateGroupIn(List.of(team, Organisation.managersOf(team)))
                .includeAssignedTasks();
    }

    private static List<Task> steps(List<Task> tasks) {
        return tasks.stream().filter(task -> !EscalationStates.ESCALATION.equals(processKeyOf(task))).toList();
    }

    /** Business keys of the tasks' process instances, read in one query. */
    private Map<String, String> caseReferencesOf(List<Task> overdue, List<Task> dueSoon) {
        Set<String> ids = new HashSet<>();
        overdue.forEach(task -> ids.add(task.getProcessInstanceId()));
        dueSoon.forEach(task -> ids.add(task.getProcessInstanceId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> references = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()
                .forEach(instance -> references.put(instance.getId(), instance.getBusinessKey()));
        return references;
    }

    private StepRow row(String team, Task task, String status, Map<String, String> caseReferences,
                        Map<String, EscalationState> escalationsByCaller) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        LocalDate deadline = LocalDate.ofInstant(task.getDueDate().toInstant(), zone);
        int workingDays = StepRow.OVERDUE.equals(status)
                ? calendar.workingDaysBetween(deadline, today)
                : calendar.workingDaysBetween(today, deadline);
        String caseReference = caseReferences.get(task.getProcessInstanceId());
        return new StepRow(caseReference, team, TaskNaming.stepOf(task.getName(), caseReference), task.getId(), task.getTaskDefinitionKey(),
                processKeyOf(task), task.getAssignee() == null ? StepRow.UNALLOCATED : task.getAssignee(), deadline, status,
                workingDays, escalationsByCaller.getOrDefault(task.getProcessInstanceId(), EscalationState.NONE));
    }

    private static String processKeyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
