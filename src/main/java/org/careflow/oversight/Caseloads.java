package org.careflow.oversight;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseVariables;
import org.springframework.stereotype.Component;
import org.careflow.organisation.AsSystem;

/**
 * Open cases per worker: a case is the worker's when it is allocated to them ({@value CaseVariables#ALLOCATED_WORKER})
 * or when they hold one of its open tasks.
 */
@Component
class Caseloads {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final OversightProperties properties;
    private final WorkingDayCalendar calendar;

    Caseloads(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
              HistoryService historyService, OversightProperties properties, WorkingDayCalendar calendar) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.properties = properties;
        this.calendar = calendar;
    }

    List<Caseload> of(List<String> teams) {
        Date yearAgo = Date.from(ZonedDateTime.ofInstant(EngineClock.now(), calendar.zone())
                .minusMonths(12).toInstant());
        return teams.stream().flatMap(team -> membersOf(team).stream().map(worker -> caseload(team, worker, yearAgo))).toList();
    }

    private List<String> membersOf(String team) {
        return AsSystem.run(identityService, () -> identityService.createUserQuery().memberOfGroup(team)
                .orderByUserId().asc().list().stream().map(User::getId).toList());
    }

    private Caseload caseload(String team, String worker, Date since) {
        Set<String> instanceIds = new TreeSet<>();
        taskService.createTaskQuery().taskAssignee(worker).list().stream()
                .map(Task::getProcessInstanceId).forEach(instanceIds::add);
        runtimeService.createProcessInstanceQuery().variableValueEquals(CaseVariables.ALLOCATED_WORKER, worker).list()
                .stream().map(ProcessInstance::getId).forEach(instanceIds::add);
        Set<String> caseReferences = new TreeSet<>();
        if (!instanceIds.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                    .map(ProcessInstance::getBusinessKey).forEach(caseReferences::add);
        }
        List<Caseload.CaseAllocation> cases = caseReferences.stream()
                .map(reference -> new Caseload.CaseAllocation(reference, allocationsSince(reference, since))).toList();
        return new Caseload(team, worker, cases.size(), properties.caseloadLimit(), cases.size() > properties.caseloadLimit(), cases);
    }

    /** Allocations recorded in the variable's history, each reallocation one update, counted once per case. */
    private long allocationsSince(String caseReference, Date since) {
        List<String> instanceIds = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .list().stream().map(ProcessInstance::getId).toList();
        return historyService.createHistoricVariableInstanceQuery().variableName(CaseVariables.ALLOCATED_WORKER)
                .processInstanceIdIn(instanceIds.toArray(String[]::new)).list().stream()
                .map(HistoricVariableInstance::getId)
                .mapToLong(variable -> historyService.createHistoricDetailQuery().variableUpdates()
                        .variableInstanceId(variable).occurredAfter(since).count())
                .max().orElse(0);
    }
}
