package org.careflow.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseVariables;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.careflow.timescales.EventDates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps a database did before the ledger was kept, from the engine's history: each finished
 * occurrence of a declared step gets a done row, with its deadline (its task's due date), the day it was
 * done (the date it records, else the day it ended), whether that was on time and by how many working
 * days it was late; one cancelled with its case gets a cancelled row. So timeliness covers the years
 * before the upgrade too. Occurrences the ledger already has are left as they are.
 */
@Component
class LedgerFromHistory {

    private final HistoryService history;
    private final StepsInForce steps;
    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    LedgerFromHistory(HistoryService history, StepsInForce steps, JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.history = history;
        this.steps = steps;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Fills the finished occurrences of one case process instance; how many rows were written. */
    int fill(HistoricProcessInstance instance) {
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list();
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list();
        Map<String, Object> variables = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list().stream().filter(variable -> variable.getValue() != null && variable.getTaskId() == null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
        Map<String, HistoricActivityInstance> byId = activities.stream()
                .collect(Collectors.toMap(HistoricActivityInstance::getId, Function.identity()));
        int filled = 0;
        // A step's occurrences in the order they opened: the first runs from the fact it declares, each later one
        // (a repeat) by its repeat timescale from the day the one before it was done.
        Map<String, LocalDate> lastDoneOn = new HashMap<>();
        for (HistoricActivityInstance activity : activities.stream()
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)).toList()) {
            Optional<StepDeclaration> step = steps.of(instance.getProcessDefinitionId()).declarations().stream()
                    .filter(declaration -> declaration.elementId().equals(activity.getActivityId())).findFirst();
            Optional<HistoricTaskInstance> task = step.flatMap(declared -> taskOf(activity, tasks, byId));
            if (task.isEmpty() || task.get().getDueDate() == null) {
                continue;
            }
            Occurrence occurrence = new Occurrence(step.get(), activity, task.get(), lastDoneOn.get(activity.getActivityId()));
            if (fill(instance, occurrence, variables)) {
                filled++;
            }
            if (!activity.isCanceled()) {
                lastDoneOn.put(activity.getActivityId(), doneOn(occurrence, variables));
            }
        }
        return filled;
    }

    /** One finished occurrence of a step, and the day the one before it was done (none for the first). */
    private record Occurrence(StepDeclaration step, HistoricActivityInstance activity, HistoricTaskInstance task,
                              LocalDate previousDoneOn) {

        boolean isARepeat() {
            return previousDoneOn != null && step.repeatsFrom() != null;
        }
    }

    private boolean fill(HistoricProcessInstance instance, Occurrence occurrence, Map<String, Object> variables) {
        StepDeclaration step = occurrence.step();
        HistoricTaskInstance task = occurrence.task();
        LocalDate deadline = day(task.getDueDate());
        boolean cancelled = occurrence.activity().isCanceled();
        LocalDate doneOn = cancelled ? null : doneOn(occurrence, variables);
        Boolean onTime = doneOn == null ? null : !doneOn.isAfter(deadline);
        String timescale = step.timescaleIn() == null ? step.timescale() : (String) variables.get(step.timescaleIn());
        try {
            jdbc.update("insert into CF_STEP (ID_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_KEY_, CASE_REF_, CHILD_ID_, CHILD_NAME_, TEAM_,"
                            + " WORKER_, TASK_ID_, TASK_KEY_, TASK_NAME_, STEP_ID_, STEP_NAME_, TIMESCALE_, CLOCK_START_,"
                            + " DEADLINE_, REMINDER_, OPENED_AT_, ENDED_AT_, STATE_, DONE_ON_, ON_TIME_, WORKING_DAYS_LATE_)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    occurrence.activity().getId(), occurrence.activity().getExecutionId(), instance.getId(),
                    instance.getProcessDefinitionKey(), instance.getBusinessKey(), variables.get(CaseVariables.CHILD_ID),
                    variables.get(CaseVariables.CHILD_NAME),
                    variables.get(CaseVariables.TEAM), task.getAssignee(), task.getId(), task.getTaskDefinitionKey(),
                    task.getName(), step.elementId(), step.name(),
                    occurrence.isARepeat() && step.repeatTimescale() != null ? step.repeatTimescale() : timescale,
                    clockStart(occurrence, variables), Date.valueOf(deadline),
                    task.getFollowUpDate() == null ? null : Date.valueOf(day(task.getFollowUpDate())),
                    new Timestamp(occurrence.activity().getStartTime().getTime()),
                    new Timestamp(occurrence.activity().getEndTime().getTime()),
                    cancelled ? StepLedger.CANCELLED : StepLedger.DONE, doneOn == null ? null : Date.valueOf(doneOn), onTime,
                    onTime == null ? null : onTime ? 0 : calendar.workingDaysBetween(deadline, doneOn));
            return true;
        } catch (DuplicateKeyException e) {
            return false; // already in the ledger
        }
    }

    /** The occurrence's task whose due date is the deadline: its own, or the latest of the sub-process it declares. */
    private static Optional<HistoricTaskInstance> taskOf(HistoricActivityInstance occurrence, List<HistoricTaskInstance> tasks,
                                                         Map<String, HistoricActivityInstance> activities) {
        return tasks.stream().filter(task -> within(task.getActivityInstanceId(), occurrence.getId(), activities))
                .filter(task -> task.getDueDate() != null)
                .max(Comparator.comparing(HistoricTaskInstance::getStartTime));
    }

    private static boolean within(String activityInstanceId, String occurrenceId, Map<String, HistoricActivityInstance> activities) {
        for (String id = activityInstanceId; id != null; ) {
            if (id.equals(occurrenceId)) {
                return true;
            }
            HistoricActivityInstance activity = activities.get(id);
            id = activity == null ? null : activity.getParentActivityInstanceId();
        }
        return false;
    }

    /** The first occurrence's clock starts at the fact it declares; a repeat's at the day the one before it was done. */
    private Date clockStart(Occurrence occurrence, Map<String, Object> variables) {
        if (occurrence.isARepeat()) {
            return Date.valueOf(occurrence.previousDoneOn());
        }
        String fact = occurrence.step().clockStartsFrom();
        Object start = fact == null ? null : variables.get(fact);
        return start == null ? null : Date.valueOf(EventDates.parse(fact, start).date(calendar.zone()));
    }

    /**
     * The day the occurrence was done: the date it records where it declares one (the latest value the
     * history holds, so only for a step that happens once), else the day it ended.
     */
    private LocalDate doneOn(Occurrence occurrence, Map<String, Object> variables) {
        StepDeclaration step = occurrence.step();
        Object recorded = step.doneOn() == null || StepDeclaration.ON_COMPLETION.equals(step.doneOn())
                ? null : variables.get(step.doneOn());
        if (recorded != null && step.repeatsFrom() == null) {
            return EventDates.parse(step.doneOn(), recorded).date(calendar.zone());
        }
        return day(occurrence.activity().getEndTime());
    }

    private LocalDate day(java.util.Date instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant).toInstant(), calendar.zone());
    }
}
