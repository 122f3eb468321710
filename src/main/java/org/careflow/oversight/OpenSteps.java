package org.careflow.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseProcesses;
import org.careflow.cases.CaseVariables;
import org.careflow.escalation.EscalationState;
import org.careflow.escalation.EscalationStates;
import org.careflow.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * The open steps of the teams a manager oversees that are overdue or inside their reminder window
 * (past the task's follow-up date), earliest deadline first, read a page at a time through the
 * manager's own task authorizations: a national deployment has thousands of overdue steps for a
 * head of service, and the page costs the same whatever their number (one task query, one count,
 * and one query each for the page's case references, teams and escalations).
 */
@Component
class OpenSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final WorkingDayCalendar calendar;
    private final EscalationStates escalations;

    OpenSteps(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
              WorkingDayCalendar calendar, EscalationStates escalations) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.calendar = calendar;
        this.escalations = escalations;
    }

    record Filter(String worker, String step) {
    }

    record Page(int offset, int limit) {
    }

    record Steps(long total, List<StepRow> rows) {
    }

    Steps of(List<String> teams, Filter filter, Page page) {
        Date now = EngineClock.nowAsDate();
        TaskQuery query = query(teams, filter, now);
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskId().asc().listPage(page.offset(), page.limit());
        Map<String, String> caseReferences = caseReferencesOf(tasks);
        Map<String, String> caseTeams = teamsOf(tasks);
        Map<String, EscalationState> escalationsByStep = escalations.latestOf(new HashSet<>(caseReferences.values()));
        List<StepRow> rows = new ArrayList<>();
        for (Task task : tasks) {
            rows.add(row(caseTeams.get(task.getProcessInstanceId()), task, now, caseReferences, escalationsByStep));
        }
        return new Steps(query.count(), rows);
    }

    /** The case steps of the teams (and their managers' own, such as authorising an assessment), not escalations. */
    private TaskQuery query(List<String> teams, Filter filter, Date now) {
        List<String> groups = new ArrayList<>();
        teams.forEach(team -> {
            groups.add(team);
            groups.add(Organisation.managersOf(team));
        });
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .processDefinitionKeyIn(CaseProcesses.KEYS.toArray(String[]::new))
                .or().dueBefore(now).followUpBefore(now).endOr();
        if (StepRow.UNALLOCATED.equals(filter.worker())) {
            query.taskUnassigned();
        } else if (filter.worker() != null && !filter.worker().isBlank()) {
            query.taskAssignee(filter.worker());
        }
        if (filter.step() != null && !filter.step().isBlank()) {
            query.taskDefinitionKey(filter.step());
        }
        return query;
    }

    /** Business keys of the tasks' process instances, read in one query. */
    private Map<String, String> caseReferencesOf(List<Task> tasks) {
        Set<String> ids = processInstanceIds(tasks);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> references = new HashMap<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            references.put(instance.getId(), instance.getBusinessKey());
        }
        return references;
    }

    /** The team each task's case belongs to, read in one query. */
    private Map<String, String> teamsOf(List<Task> tasks) {
        Set<String> ids = processInstanceIds(tasks);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> teams = new HashMap<>();
        for (VariableInstance team : runtimeService.createVariableInstanceQuery().variableName(CaseVariables.TEAM)
                .processInstanceIdIn(ids.toArray(String[]::new)).disableBinaryFetching().list()) {
            teams.put(team.getProcessInstanceId(), (String) team.getValue());
        }
        return teams;
    }

    private static Set<String> processInstanceIds(List<Task> tasks) {
        Set<String> ids = new HashSet<>();
        tasks.forEach(task -> ids.add(task.getProcessInstanceId()));
        return ids;
    }

    private StepRow row(String team, Task task, Date now, Map<String, String> caseReferences,
                        Map<String, EscalationState> escalationsByStep) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(now.toInstant(), zone);
        LocalDate deadline = LocalDate.ofInstant(task.getDueDate().toInstant(), zone);
        boolean overdue = task.getDueDate().before(now);
        int workingDays = overdue ? calendar.workingDaysBetween(deadline, today) : calendar.workingDaysBetween(today, deadline);
        String caseReference = caseReferences.get(task.getProcessInstanceId());
        return new StepRow(caseReference, team, stepNameOf(task), task.getId(),
                task.getTaskDefinitionKey(), processKeyOf(task),
                task.getAssignee() == null ? StepRow.UNALLOCATED : task.getAssignee(), deadline,
                overdue ? StepRow.OVERDUE : StepRow.DUE_SOON, workingDays,
                escalationsByStep.getOrDefault(task.getExecutionId(), EscalationState.NONE));
    }

    /**
     * The step as its model names it. The task's own name also carries the case reference, for
     * Tasklist's list; nothing reads data back out of it.
     */
    private String stepNameOf(Task task) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element instanceof FlowElement step && step.getName() != null ? step.getName() : task.getName();
    }

    private static String processKeyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId.substring(0, definitionId.indexOf(':'));
    }
}
