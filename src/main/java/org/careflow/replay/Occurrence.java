package org.careflow.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One occurrence of a statutory step in the replay (a referral decision, the third visit of a plan):
 * what was simulated (its deadline under the statutory rule, the day it was planned for, the day it
 * ended and whether it was done) beside what the engine was seen to do (the reminder days its tasks
 * carried, the days its escalations came). Identified as the ledger identifies it: the declaring
 * element's activity instance.
 */
final class Occurrence {

    final String id;
    /** What the replay's choices about it are drawn by: the case, the step, and which of its occurrences it is. */
    final String name;
    final int ordinal;
    final String processInstanceId;
    final String processKey;
    final String caseReference;
    final String team;
    final String stepId;
    /** The timescale the deadline was computed with: a repeat's own where the step declares one. */
    final String timescale;
    final LocalDate deadline;
    /** The reminder day the rule gives; null where it gives none (a listed hearing without a timescale). */
    final LocalDate reminder;
    /** Whether the model escalates this step when its deadline passes. */
    final boolean escalates;
    /** The day the replay means to do it: on time mostly, sometimes late. */
    LocalDate plannedOn;

    final Set<String> openTasks = new HashSet<>();
    final Set<LocalDate> reminderDays = new TreeSet<>();
    boolean taskWithoutReminder;
    final List<LocalDate> escalationDays = new ArrayList<>();

    LocalDate endedOn;
    boolean done;
    private boolean lastTaskCompletedByTheReplay;

    Occurrence(String id, int ordinal, String processInstanceId, String processKey, String caseReference, String team, String stepId,
               String timescale, LocalDate deadline, LocalDate reminder, boolean escalates) {
        this.id = id;
        this.ordinal = ordinal;
        this.name = caseReference + "/" + stepId + "/" + ordinal;
        this.processInstanceId = processInstanceId;
        this.processKey = processKey;
        this.caseReference = caseReference;
        this.team = team;
        this.stepId = stepId;
        this.timescale = timescale;
        this.deadline = deadline;
        this.reminder = reminder;
        this.escalates = escalates;
    }

    void taskSeen(String taskId, LocalDate followUp) {
        openTasks.add(taskId);
        if (followUp == null) {
            taskWithoutReminder = true;
        } else {
            reminderDays.add(followUp);
        }
    }

    void taskGone(String taskId, boolean completedByTheReplay) {
        if (openTasks.remove(taskId)) {
            lastTaskCompletedByTheReplay = completedByTheReplay;
        }
    }

    /** Ends the occurrence when it has no open task left: done if the replay completed its last one, else cancelled. */
    boolean endIfNoTaskLeft(LocalDate today) {
        if (endedOn != null || !openTasks.isEmpty()) {
            return false;
        }
        endedOn = today;
        done = lastTaskCompletedByTheReplay;
        return true;
    }

    /** The day its escalation is due: the timer fires when the deadline day is over, Europe/London. */
    LocalDate escalationDay() {
        return deadline.plusDays(1);
    }

    /** Whether, in the replayed days up to {@code lastDay}, the step was still not done when its deadline passed. */
    boolean overdueBy(LocalDate lastDay) {
        return escalates && !escalationDay().isAfter(lastDay) && (endedOn == null || endedOn.isAfter(deadline));
    }

    boolean doneLate() {
        return done && endedOn.isAfter(deadline);
    }
}
