package org.careflow.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseVariables;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.Escalations;
import org.careflow.steps.StepDeclaration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One replay: the days in order, each one as the authority lives it. At midnight the timers that fell
 * due fire; in office hours the day's referrals and issued applications arrive; in the evening every
 * task planned for the day is done, and what that makes (the next task, the next process) is done too
 * where it is planned for the same day. Whatever arrives is seen once, when it first appears: its
 * reminder day, and for an escalation the day it came and the occurrence it is about.
 */
final class ReplayRun {

    private static final LocalTime MIDNIGHT_FIRING = LocalTime.of(0, 0, 30);
    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final ProcessEngine engine;
    private final StepRules rules;
    private final WorkingDayCalendar calendar;
    private final LedgerOccurrences ledger;
    private final String casePrefix;
    private final ZoneId zone;
    private final Arrivals arrivals;
    private final Practice practice;
    private final FormAnswers answers;
    private final DueJobs dueJobs;
    private final Escalations escalations;

    private final Map<String, Occurrence> occurrences = new LinkedHashMap<>();
    private final Map<String, SeenTask> seen = new HashMap<>();
    private final Set<Occurrence> touched = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, String> caseOfInstance = new HashMap<>();
    private final Map<String, String> keyOfDefinition = new HashMap<>();
    private final List<String> unmatchedEscalations = new ArrayList<>();
    private final ReferredChildren children;
    private long order;
    int started;
    int completed;
    int jobsFired;

    ReplayRun(ProcessEngine engine, StepRules rules, WorkingDayCalendar calendar, JdbcTemplate jdbc, Escalations escalations,
              FormAnswers answers, Arrivals arrivals, Practice practice, ReferredChildren children, String casePrefix) {
        this.escalations = escalations;
        this.children = children;
        this.engine = engine;
        this.rules = rules;
        this.calendar = calendar;
        this.ledger = new LedgerOccurrences(jdbc);
        this.casePrefix = casePrefix;
        this.zone = calendar.zone();
        this.arrivals = arrivals;
        this.practice = practice;
        this.answers = answers;
        this.dueJobs = new DueJobs(engine.getManagementService());
    }

    void day(LocalDate day) {
        at(day, MIDNIGHT_FIRING);
        jobsFired += dueJobs.fire();
        discover(day);
        for (Arrivals.Arrival arrival : arrivals.of(day)) {
            at(day, arrival.at());
            start(arrival, day);
        }
        at(day, EVENING);
        int done;
        do {
            discover(day);
            done = completeDue(day);
            jobsFired += dueJobs.fire();
        } while (done > 0);
    }

    Map<String, Occurrence> occurrences() {
        return occurrences;
    }

    List<String> unmatchedEscalations() {
        return unmatchedEscalations;
    }

    int openTasks() {
        return seen.size();
    }

    private void at(LocalDate day, LocalTime time) {
        EngineClock.setTo(day.atTime(time).atZone(zone).toInstant());
    }

    private void start(Arrivals.Arrival arrival, LocalDate day) {
        String childId = arrival.caseReference().replace("-", "");
        var variables = Variables.putValue(CaseVariables.TEAM, arrival.team()).putValue("childId", childId);
        if (arrival.kind() == Arrivals.Kind.REFERRAL) {
            Instant receivedAt = day.atTime(arrival.at()).atZone(zone).toInstant();
            variables.putValue("referralReceivedAt", receivedAt.toString()).putValue("childName", "Child " + childId)
                    .putValue("referrerName", "Referrer of " + childId).putValue("concerns", "Replayed referral")
                    .putAll(children.of(arrival.caseReference(), day));
            engine.getRuntimeService().startProcessInstanceByKey("referral", arrival.caseReference(), variables);
        } else {
            engine.getRuntimeService().startProcessInstanceByKey("careProceedings", arrival.caseReference(),
                    variables.putValue("issuedOn", day.toString()));
        }
        started++;
    }

    /** Takes in the tasks that appeared and lets go of those that went; ends the occurrences with no task left. */
    private void discover(LocalDate day) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(casePrefix + "-%")
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
        Set<String> openIds = new HashSet<>();
        open.forEach(task -> openIds.add(task.getId()));
        seen.values().removeIf(task -> {
            if (openIds.contains(task.id)) {
                return false;
            }
            gone(task, false);
            return true;
        });
        for (Task task : open) {
            if (!seen.containsKey(task.getId())) {
                take(task, day);
            }
        }
        touched.forEach(occurrence -> occurrence.endIfNoTaskLeft(day));
        touched.clear();
    }

    private void gone(SeenTask task, boolean completedByTheReplay) {
        if (task.occurrence != null) {
            task.occurrence.taskGone(task.id, completedByTheReplay);
            touched.add(task.occurrence);
        }
    }

    private void take(Task task, LocalDate day) {
        Map<String, Object> facts = new HashMap<>(engine.getRuntimeService().getVariables(task.getExecutionId()));
        if (EscalationProcess.RECORD_OVERSIGHT.equals(task.getTaskDefinitionKey())
                || EscalationProcess.REVIEW_ESCALATION.equals(task.getTaskDefinitionKey())) {
            // what the escalation escalates, and the deadline it holds the step to, are on its row
            escalations.of(task.getProcessInstanceId()).ifPresent(escalation -> facts.putAll(escalation.byName()));
        }
        String caseReference = caseOf(task.getProcessInstanceId());
        SeenTask seenTask = new SeenTask(task.getId(), task.getTaskDefinitionKey(), caseReference,
                (String) facts.get(CaseVariables.TEAM), order++, facts);
        seen.put(task.getId(), seenTask);
        Optional<StepDeclaration> step = rules.ofTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (step.isPresent()) {
            Occurrence occurrence = occurrenceOf(task, step.get(), facts, caseReference);
            occurrence.taskSeen(task.getId(), dayOf(task.getFollowUpDate()));
            if (occurrence.plannedOn == null) {
                occurrence.plannedOn = practice.stepDay(seenTask.key, occurrence, day, Practice.listedOn(seenTask.key, facts, zone));
            }
            seenTask.occurrence = occurrence;
            seenTask.plannedOn = latest(occurrence.plannedOn, calendar.nextWorkingDayOnOrAfter(day));
        } else {
            seenTask.plannedOn = practice.otherTaskDay(caseReference + "/" + seenTask.key + "/" + seenTask.order, day);
        }
        if (EscalationProcess.RECORD_OVERSIGHT.equals(seenTask.key) || EscalationProcess.REVIEW_ESCALATION.equals(seenTask.key)) {
            escalation(task, seenTask, day);
        }
        if (!FormAnswers.works(seenTask.key)) {
            seenTask.plannedOn = null;
        }
    }

    /**
     * An escalation is tied to the occurrence it is about (where it runs, as the escalation notes it
     * and the ledger keeps it); its managers' target is the day the replay will do the step.
     */
    private void escalation(Task task, SeenTask escalation, LocalDate day) {
        Object overdueInstance = escalation.facts.get(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID);
        Object overdueExecution = escalation.facts.get(EscalationProcess.OVERDUE_EXECUTION_ID);
        Occurrence overdue = ledger.occurrenceRunningIn(overdueInstance, overdueExecution).map(occurrences::get).orElse(null);
        LocalDate came = dayOf(task.getCreateTime());
        if (overdue == null) {
            unmatchedEscalations.add(escalation.caseReference + " " + escalation.key + " about "
                    + escalation.facts.get(EscalationProcess.OVERDUE_STEP_ID) + " came " + came + " for no occurrence simulated");
            escalation.targetDate = escalation.plannedOn;
            return;
        }
        if (EscalationProcess.RECORD_OVERSIGHT.equals(escalation.key)) {
            overdue.escalationDays.add(came);
        } else {
            unmatchedEscalations.add(escalation.caseReference + " head of service review of " + overdue.stepId + " came " + came);
        }
        escalation.targetDate = latest(overdue.plannedOn, escalation.plannedOn);
    }

    private Occurrence occurrenceOf(Task task, StepDeclaration step, Map<String, Object> facts, String caseReference) {
        String id = ledger.occurrenceOf(task.getProcessInstanceId(), task.getId(), step.elementId())
                .orElseThrow(() -> new IllegalStateException("The ledger has no row for " + caseReference + " "
                        + task.getTaskDefinitionKey() + " (task " + task.getId() + "), a task of the statutory step "
                        + step.elementId()));
        return occurrences.computeIfAbsent(id, row -> {
            StepRules.Applied rule = rules.apply(step, facts);
            return new Occurrence(row, ordinals.merge(caseReference + "/" + step.elementId(), 1, Integer::sum),
                    task.getProcessInstanceId(), keyOf(task.getProcessDefinitionId()), caseReference,
                    (String) facts.get(CaseVariables.TEAM), step.elementId(), rule.timescale(), rule.deadline(), rule.reminder(),
                    rules.escalates(task.getProcessDefinitionId(), step));
        });
    }

    /** Every task planned for today or before, in the order they came; how many were done. */
    private int completeDue(LocalDate day) {
        List<SeenTask> due = seen.values().stream()
                .filter(task -> task.plannedOn != null && !task.plannedOn.isAfter(day))
                .sorted(Comparator.comparingLong(task -> task.order)).toList();
        int done = 0;
        Set<String> casesWorked = new HashSet<>();
        for (SeenTask task : due) {
            // a task done just before in the same case may have ended this one (a review that ends the plan)
            if (casesWorked.contains(task.caseReference)
                    && engine.getTaskService().createTaskQuery().taskId(task.id).count() == 0) {
                continue;
            }
            casesWorked.add(task.caseReference);
            engine.getTaskService().claim(task.id, Practice.workerOf(task.key, task.team));
            int occurrenceNumber = task.occurrence == null ? 0 : task.occurrence.ordinal;
            engine.getTaskService().complete(task.id, answers.of(new FormAnswers.Asked(task.key, task.caseReference, day,
                    task.facts, task.targetDate, occurrenceNumber)));
            seen.remove(task.id);
            gone(task, true);
            done++;
        }
        completed += done;
        return done;
    }

    private String caseOf(String processInstanceId) {
        return caseOfInstance.computeIfAbsent(processInstanceId, id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(id).singleResult().getBusinessKey());
    }

    private String keyOf(String processDefinitionId) {
        return keyOfDefinition.computeIfAbsent(processDefinitionId,
                id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
    }

    private LocalDate dayOf(Date instant) {
        return instant == null ? null : LocalDate.ofInstant(instant.toInstant(), zone);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
