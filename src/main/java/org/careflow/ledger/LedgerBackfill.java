package org.careflow.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.cases.CaseVariables;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.EscalationState;
import org.careflow.escalation.EscalationStates;
import org.careflow.escalation.Escalations;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A database that ran cases before the ledger was kept gets a row for each step still open, from the
 * engine's runtime (its task, due date, worker, team), the first time CareFlow starts on it: so the
 * oversight view, which reads the ledger, misses no open step; then a row for each step done before,
 * from the engine's history ({@link LedgerFromHistory}), so that timeliness covers those years too.
 * Another node doing the same at once is harmless: a row exists once.
 */
@Component
class LedgerBackfill {

    private static final Logger log = LoggerFactory.getLogger(LedgerBackfill.class);

    private final ProcessEngine engine;
    private final StepsInForce steps;
    private final JdbcTemplate jdbc;
    private static final int PAGE = 500;

    private final StepLedger ledger;
    private final LedgerFromHistory history;
    private final EscalationStates escalationStates;
    private final Escalations escalations;

    LedgerBackfill(ProcessEngine engine, StepsInForce steps, JdbcTemplate jdbc, StepLedger ledger, LedgerFromHistory history,
                   EscalationStates escalationStates, Escalations escalations) {
        this.engine = engine;
        this.escalations = escalations;
        this.escalationStates = escalationStates;
        this.steps = steps;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.history = history;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillOnce() {
        // one row is enough to know the ledger is kept: no count over a national table at every start
        if (!jdbc.queryForList("select ID_ from CF_STEP fetch first 1 rows only", String.class).isEmpty()) {
            return;
        }
        int filled = fillMissing(engine.getTaskService().createTaskQuery().list());
        if (filled > 0) {
            log.info("The statutory step ledger was filled with the {} steps open before it was kept", filled);
        }
        int escalated = fillEscalations();
        if (escalated > 0) {
            log.info("The statutory step ledger was given the {} escalations under way, from their history", escalated);
        }
        int done = fillFromHistory();
        if (done > 0) {
            log.info("The statutory step ledger was filled with the {} steps done before it was kept, from the history", done);
        }
    }

    /**
     * Each escalation under way goes on the open step it escalates, where it stands as its history says
     * ({@link EscalationStates}): the same reading the oversight view made before the ledger kept it.
     */
    int fillEscalations() {
        Map<String, String> escalationOfOccurrence = new HashMap<>();
        Set<String> cases = new HashSet<>();
        List<ProcessInstance> underWay = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).list();
        Map<String, EscalationFacts> facts = escalations.of(underWay.stream().map(ProcessInstance::getId).toList());
        for (ProcessInstance escalation : underWay) {
            String occurrence = facts.containsKey(escalation.getId()) ? facts.get(escalation.getId()).overdueExecutionId() : null;
            if (occurrence != null) {
                escalationOfOccurrence.put(occurrence, escalation.getId());
                cases.add(escalation.getBusinessKey());
            }
        }
        Map<String, EscalationState> states = escalationStates.latestOf(cases);
        int filled = 0;
        for (Map.Entry<String, String> escalation : escalationOfOccurrence.entrySet()) {
            EscalationState state = states.getOrDefault(escalation.getKey(), EscalationState.NONE);
            filled += jdbc.update("update CF_STEP set ESCALATION_ID_ = ?, ESCALATION_STATE_ = ?, ESCALATIONS_ = 1, TARGET_DATE_ = ?,"
                            + " TARGETS_MISSED_ = ? where EXECUTION_ID_ = ? and STATE_ = ? and ESCALATION_ID_ is null",
                    escalation.getValue(), state.state(), state.newTargetDate() == null ? null : Date.valueOf(state.newTargetDate()),
                    state.targetsMissed(), escalation.getKey(), StepLedger.OPEN);
        }
        return filled;
    }

    /** A row for each finished occurrence of a statutory step in the engine's history that has none. */
    int fillFromHistory() {
        int filled = 0;
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            for (HistoricProcessInstance instance : page) {
                filled += history.fill(instance);
            }
            if (page.size() < PAGE) {
                return filled;
            }
        }
    }

    /** A row for each of these open tasks of a statutory step that has none; how many were written. */
    int fillMissing(List<Task> tasks) {
        int filled = 0;
        for (Task task : tasks) {
            Optional<StepDeclaration> step = steps.of(task.getProcessDefinitionId()).ofTask(task.getTaskDefinitionKey());
            Long known = jdbc.queryForObject("select count(*) from CF_STEP where TASK_ID_ = ?", Long.class, task.getId());
            if (step.isPresent() && task.getDueDate() != null && known != null && known == 0 && fill(step.get(), task)) {
                filled++;
            }
        }
        return filled;
    }

    private boolean fill(StepDeclaration step, Task task) {
        ActivityInstance tree = engine.getRuntimeService().getActivityInstance(task.getProcessInstanceId());
        Optional<ActivityInstance> occurrence = find(tree, step.elementId(), task.getExecutionId());
        if (occurrence.isEmpty()) {
            return false;
        }
        String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String caseReference = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        Object team = engine.getRuntimeService().getVariable(task.getExecutionId(), CaseVariables.TEAM);
        try {
            jdbc.update("insert into CF_STEP (ID_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_KEY_, CASE_REF_, TEAM_, WORKER_,"
                            + " TASK_ID_, TASK_KEY_, TASK_NAME_, CANDIDATE_GROUP_, STEP_ID_, STEP_NAME_, TIMESCALE_, DEADLINE_,"
                            + " REMINDER_, OPENED_AT_, STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    occurrence.get().getId(), step.elementId().equals(task.getTaskDefinitionKey())
                            ? task.getExecutionId() : occurrence.get().getExecutionIds()[0],
                    task.getProcessInstanceId(), processKey, caseReference, team, task.getAssignee(), task.getId(),
                    task.getTaskDefinitionKey(), nameOf(task), candidateGroupOf(task), step.elementId(), step.name(),
                    step.timescale(), ledger.day(task.getDueDate()), ledger.day(task.getFollowUpDate()),
                    new Timestamp(task.getCreateTime().getTime()), StepLedger.OPEN);
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another node filled it
        }
    }

    /** The occurrence of the step the task runs in: the step's activity instance that holds the task's execution. */
    private static Optional<ActivityInstance> find(ActivityInstance instance, String stepId, String executionId) {
        if (stepId.equals(instance.getActivityId()) && holds(instance, executionId)) {
            return Optional.of(instance);
        }
        return Arrays.stream(instance.getChildActivityInstances()).map(child -> find(child, stepId, executionId))
                .flatMap(Optional::stream).findFirst();
    }

    private static boolean holds(ActivityInstance instance, String executionId) {
        return Arrays.asList(instance.getExecutionIds()).contains(executionId)
                || Arrays.stream(instance.getChildActivityInstances()).anyMatch(child -> holds(child, executionId));
    }

    private String nameOf(Task task) {
        var element = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element == null ? task.getName() : element.getAttributeValue("name");
    }

    private String candidateGroupOf(Task task) {
        return StepLedger.candidateGroupOf(engine.getTaskService().getIdentityLinksForTask(task.getId()));
    }
}
