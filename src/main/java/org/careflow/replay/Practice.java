package org.careflow.replay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.escalation.EscalationProcess;
import org.careflow.timescales.EventDates;

/**
 * How the authority's people work, on working days only: practitioners do a step on a day of their
 * choosing up to its deadline, and one time in ten late, by one working day mostly, at most five;
 * managers record oversight on the first working day an escalation is with them, with the day the
 * step will be done as its target; hearings are held on the day they are listed; other tasks are done
 * within a working day.
 */
final class Practice {

    static final double LATE_SHARE = 0.10;
    private static final int MOST_WORKING_DAYS_LATE = 5;
    /** Steps whose day is set by someone else: a court's listing, an escalation's arrival. */
    private static final Set<String> HELD_ON_THEIR_DAY = Set.of(EscalationProcess.RECORD_OVERSIGHT,
            EscalationProcess.REVIEW_ESCALATION, "Task_HoldCaseManagementHearing", "Task_HoldIssuesResolutionHearing");
    /** Conclude proceedings: the final hearing comes at the end of the 26 weeks, after the IRH, not any day before. */
    private static final String CONCLUDE_PROCEEDINGS = "Task_ConcludeProceedings";
    private static final int FINAL_HEARING_WINDOW_WORKING_DAYS = 25;

    private final WorkingDayCalendar calendar;
    private final Dice dice;

    Practice(WorkingDayCalendar calendar, Dice dice) {
        this.calendar = calendar;
        this.dice = dice;
    }

    /**
     * The day the occurrence of a step will be done, decided when its first task arrives.
     *
     * @param listedOn the day a hearing is listed for, if the task is one
     */
    LocalDate stepDay(String taskKey, Occurrence occurrence, LocalDate today, LocalDate listedOn) {
        LocalDate first = calendar.nextWorkingDayOnOrAfter(today);
        if (HELD_ON_THEIR_DAY.contains(taskKey)) {
            return listedOn != null && listedOn.isAfter(first) ? listedOn : first;
        }
        if (dice.roll(occurrence.name, "late") < LATE_SHARE) {
            int late = dice.roll(occurrence.name, "how late") < 0.5 ? 1 : dice.between(2, MOST_WORKING_DAYS_LATE, occurrence.name, "days");
            LocalDate day = calendar.addWorkingDays(occurrence.deadline, late);
            return day.isBefore(first) ? first : day;
        }
        LocalDate last = calendar.lastWorkingDayOnOrBefore(occurrence.deadline);
        if (last.isBefore(first)) {
            return first;
        }
        if (CONCLUDE_PROCEEDINGS.equals(taskKey)) {
            LocalDate windowOpens = calendar.addWorkingDays(last, -FINAL_HEARING_WINDOW_WORKING_DAYS);
            first = windowOpens.isAfter(first) ? windowOpens : first;
        }
        int span = calendar.workingDaysBetween(first, last);
        return calendar.addWorkingDays(first, dice.between(0, span, occurrence.name, "on time"));
    }

    /** The day a hearing is listed for, where the task is a hearing; none otherwise. */
    static LocalDate listedOn(String taskKey, Map<String, Object> facts, ZoneId zone) {
        String variable = switch (taskKey) {
            case "Task_HoldCaseManagementHearing" -> "cmhListedOn";
            case "Task_HoldIssuesResolutionHearing" -> "irhListedOn";
            default -> null;
        };
        Object listed = variable == null ? null : facts.get(variable);
        return listed == null ? null : EventDates.parse(variable, listed).date(zone);
    }

    /** Who does a task: the team's social worker, its manager, or the head of service (the demo organisation's names). */
    static String workerOf(String taskKey, String team) {
        return switch (taskKey) {
            case EscalationProcess.RECORD_OVERSIGHT, "Task_AgreeReferralDecision", "Task_AuthoriseAssessment" -> "tm." + team;
            case EscalationProcess.REVIEW_ESCALATION, "Task_ReviewProceedingsTimetable", "Task_ReviewLongRunningPlan" -> "hos";
            default -> "sw." + team;
        };
    }

    /** A task of no statutory step (a court's listing recorded, a review): the same or the next working day. */
    LocalDate otherTaskDay(String taskId, LocalDate today) {
        return calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(today), dice.between(0, 1, taskId));
    }
}
