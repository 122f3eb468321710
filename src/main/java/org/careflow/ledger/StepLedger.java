package org.careflow.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseVariables;
import org.careflow.steps.StepDeadlines;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepObserver;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlinesMoved;
import org.careflow.timescales.EventDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger as the engine runs the steps. Its statements run on the engine's connection, in
 * the engine's transaction (Camunda's Spring integration makes the command's transaction Spring's), so
 * a refused completion or a failed start leaves no row behind and a committed step always has one.
 */
@Component
class StepLedger implements StepObserver, DeadlinesMoved {

    static final String OPEN = "open";
    static final String DONE = "done";
    static final String CANCELLED = "cancelled";

    private final JdbcTemplate jdbc;
    private final StepDeadlines deadlines;
    private final WorkingDayCalendar calendar;
    // The engine's task service; the ledger is written from inside the engine, so it is looked up when used.
    private final ObjectProvider<TaskService> tasks;
    private final EscalationsOnTheLedger escalations;

    StepLedger(JdbcTemplate jdbc, StepDeadlines deadlines, WorkingDayCalendar calendar,
               ObjectProvider<TaskService> tasks, EscalationsOnTheLedger escalations) {
        this.jdbc = jdbc;
        this.escalations = escalations;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.tasks = tasks;
    }

    @Override
    public void opened(StepDeclaration step, DelegateExecution execution) {
        Deadline deadline = deadlines.of(step, execution);
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        // The child's name is recorded with the referral; a later process of the case has it from there.
        jdbc.update("insert into CF_STEP (ID_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_KEY_, CASE_REF_, CHILD_ID_, CHILD_NAME_, TEAM_,"
                        + " STEP_ID_, STEP_NAME_, TIMESCALE_, CLOCK_START_, DEADLINE_, REMINDER_, OPENED_AT_, STATE_)"
                        + " values (?, ?, ?, ?, ?, ?, coalesce(?, (select max(CHILD_NAME_) from CF_STEP where CASE_REF_ = ?)),"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                execution.getActivityInstanceId(), execution.getId(), execution.getProcessInstanceId(), processKey,
                execution.getProcessBusinessKey(), execution.getVariable(CaseVariables.CHILD_ID),
                execution.getVariable(CaseVariables.CHILD_NAME), execution.getProcessBusinessKey(),
                execution.getVariable(CaseVariables.TEAM), step.elementId(), step.name(), deadlines.timescaleInForce(step, execution),
                deadlines.clockStart(step, execution).map(start -> Date.valueOf(start.date(zone()))).orElse(null),
                Date.valueOf(deadline.date()), deadline.reminder() == null ? null : Date.valueOf(deadline.reminder()), now(), OPEN);
        escalations.opened(step, execution);
    }

    /**
     * The occurrence's task is the one whose due date is the deadline: the ledger follows it. A task
     * that is the step is its own occurrence (several may be open at once: a review per team); a task
     * within a step of several (a decision and its agreement) belongs to the step's one open occurrence.
     */
    @Override
    public void taskChanged(StepDeclaration step, DelegateTask task) {
        Object[] values = {task.getId(), task.getTaskDefinitionKey(), task.getBpmnModelElementInstance().getName(),
                candidateGroupOf(task), task.getAssignee(), day(task.getDueDate()), day(task.getFollowUpDate()), OPEN};
        String set = "update CF_STEP set TASK_ID_ = ?, TASK_KEY_ = ?, TASK_NAME_ = ?, CANDIDATE_GROUP_ = ?, WORKER_ = ?,"
                + " DEADLINE_ = coalesce(?, DEADLINE_), REMINDER_ = coalesce(?, REMINDER_) where STATE_ = ? and ";
        String occurrence;
        Object[] which;
        if (step.elementId().equals(task.getTaskDefinitionKey())) {
            // a task that is the step runs where its escalation will look for it: the task's execution
            occurrence = "ID_ = ?";
            which = new Object[] {task.getExecution().getActivityInstanceId()};
            jdbc.update("update CF_STEP set EXECUTION_ID_ = ? where ID_ = ?", task.getExecutionId(),
                    task.getExecution().getActivityInstanceId());
        } else {
            occurrence = "PROC_INST_ID_ = ? and STEP_ID_ = ?";
            which = new Object[] {task.getProcessInstanceId(), step.elementId()};
        }
        jdbc.update(set + occurrence, append(values, which));
        if (task.getAssignee() != null) {
            heldBy(task, occurrence, which);
        }
    }

    /** The occurrence's task is now the assignee's: a row in who held it, unless they already held this task. */
    private void heldBy(DelegateTask task, String occurrence, Object[] which) {
        Object[] values = {task.getId(), task.getAssignee(), candidateGroupOf(task), now(), OPEN};
        jdbc.update("insert into CF_STEP_WORKER (OCCURRENCE_ID_, PROC_INST_ID_, CASE_REF_, CHILD_ID_, TASK_ID_, WORKER_,"
                        + " CANDIDATE_GROUP_, FROM_) select s.ID_, s.PROC_INST_ID_, s.CASE_REF_, s.CHILD_ID_, ?, ?, ?, ? from CF_STEP s"
                        + " where s.STATE_ = ? and s." + occurrence.replace(" and ", " and s.")
                        + " and not exists (select 1 from CF_STEP_WORKER w where w.OCCURRENCE_ID_ = s.ID_ and w.TASK_ID_ = ?"
                        + " and w.WORKER_ = ?)",
                append(append(values, which), task.getId(), task.getAssignee()));
    }

    @Override
    public void ended(StepDeclaration step, DelegateExecution execution) {
        escalations.ended(step, execution);
        if (execution.isCanceled()) {
            jdbc.update("update CF_STEP set STATE_ = ?, ENDED_AT_ = ? where ID_ = ?", CANCELLED, now(),
                    execution.getActivityInstanceId());
            return;
        }
        List<Date> recorded = jdbc.queryForList("select DEADLINE_ from CF_STEP where ID_ = ?", Date.class,
                execution.getActivityInstanceId());
        if (recorded.isEmpty()) {
            return; // opened before the ledger was kept: filled from the history, not here
        }
        LocalDate deadline = recorded.get(0).toLocalDate();
        LocalDate doneOn = doneOn(step, execution);
        boolean onTime = !doneOn.isAfter(deadline);
        jdbc.update("update CF_STEP set STATE_ = ?, ENDED_AT_ = ?, DONE_ON_ = ?, ON_TIME_ = ?, WORKING_DAYS_LATE_ = ?"
                        + " where ID_ = ?", DONE, now(), Date.valueOf(doneOn), onTime,
                onTime ? 0 : calendar.workingDaysBetween(deadline, doneOn), execution.getActivityInstanceId());
    }

    /** Rescheduled, extended, migrated or a timescale changed: each open occurrence takes its task's new dates. */
    @Override
    public void moved(String processInstanceId) {
        for (String taskId : jdbc.queryForList("select TASK_ID_ from CF_STEP where PROC_INST_ID_ = ? and STATE_ = ?"
                + " and TASK_ID_ is not null", String.class, processInstanceId, OPEN)) {
            Task task = tasks.getObject().createTaskQuery().taskId(taskId).singleResult();
            if (task != null) {
                jdbc.update("update CF_STEP set DEADLINE_ = coalesce(?, DEADLINE_), REMINDER_ = coalesce(?, REMINDER_)"
                        + " where TASK_ID_ = ? and STATE_ = ?", day(task.getDueDate()), day(task.getFollowUpDate()), taskId, OPEN);
            }
        }
    }

    /** The group whose members work the task: a case's tasks have one, the team or its managers. */
    private static String candidateGroupOf(DelegateTask task) {
        return candidateGroupOf(task.getCandidates());
    }

    /** The first group among a task's candidates (the team before its managers): the ledger's isolation. */
    static String candidateGroupOf(Collection<? extends IdentityLink> candidates) {
        return candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).sorted()
                .findFirst().orElse(null);
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    /** The day the step was done: the date it records where it declares one, else the day it was completed. */
    private LocalDate doneOn(StepDeclaration step, DelegateExecution execution) {
        Object recorded = step.doneOn() == null || StepDeclaration.ON_COMPLETION.equals(step.doneOn())
                ? null : execution.getVariable(step.doneOn());
        if (recorded != null) {
            return EventDates.parse(step.doneOn(), recorded).date(zone());
        }
        return LocalDate.ofInstant(EngineClock.now(), zone());
    }

    /** The London day of an instant, as the ledger holds deadlines and reminders. */
    Date day(java.util.Date instant) {
        return instant == null ? null : Date.valueOf(LocalDate.ofInstant(instant.toInstant(), zone()));
    }

    private static Timestamp now() {
        return Timestamp.from(EngineClock.now());
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
