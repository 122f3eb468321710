package org.careflow.replay;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Checks each occurrence's reminders and escalations against the simulated truth. A reminder is due
 * on the reminder day the rule gives: every task of the occurrence carries it as its follow-up date,
 * and no other day. An escalation (the escalation process's Record oversight for the case team's
 * managers) is due once, the day after the deadline day, for a step the model escalates and the replay
 * had not done by the end of that day; for no other occurrence.
 */
final class DeliveryCheck {

    static final String REMINDERS = "reminders";
    static final String ESCALATIONS = "escalations";

    private DeliveryCheck() {
    }

    /**
     * @param unmatchedEscalations escalations the replay could not tie to an occurrence it simulated
     * @param lastDay              the last day replayed: an escalation due after it is not yet due
     */
    static List<Deliveries> check(Collection<Occurrence> occurrences, List<String> unmatchedEscalations, LocalDate lastDay) {
        Deliveries.Tally reminders = new Deliveries.Tally(REMINDERS);
        Deliveries.Tally escalations = new Deliveries.Tally(ESCALATIONS);
        for (Occurrence occurrence : occurrences) {
            reminders(occurrence, reminders);
            escalations(occurrence, escalations, lastDay);
        }
        unmatchedEscalations.forEach(escalations::unexpected);
        return List.of(reminders.result(), escalations.result());
    }

    private static void reminders(Occurrence occurrence, Deliveries.Tally tally) {
        String what = describe(occurrence) + " reminder " + occurrence.reminder + ", tasks carried " + occurrence.reminderDays
                + (occurrence.taskWithoutReminder ? " and none" : "");
        if (occurrence.reminder == null) {
            if (!occurrence.reminderDays.isEmpty()) {
                tally.unexpected(what);
            }
            return;
        }
        tally.due();
        if (occurrence.reminderDays.stream().anyMatch(day -> day.isBefore(occurrence.reminder))) {
            tally.early(what);
        } else if (!occurrence.reminderDays.contains(occurrence.reminder) || occurrence.taskWithoutReminder) {
            tally.missed(what);
        } else if (occurrence.reminderDays.size() > 1) {
            tally.doubled(what);
        } else {
            tally.onTheirDay();
        }
    }

    private static void escalations(Occurrence occurrence, Deliveries.Tally tally, LocalDate lastDay) {
        List<LocalDate> came = occurrence.escalationDays;
        String what = describe(occurrence) + " due " + occurrence.deadline + ", ended " + occurrence.endedOn
                + (occurrence.done ? " done" : "") + ", escalated " + came;
        if (!occurrence.overdueBy(lastDay)) {
            if (!came.isEmpty()) {
                tally.unexpected(what);
            }
            return;
        }
        tally.due();
        LocalDate day = occurrence.escalationDay();
        if (came.stream().anyMatch(d -> d.isBefore(day))) {
            tally.early(what);
        } else if (!came.contains(day)) {
            tally.missed(what);
        } else if (came.size() > 1) {
            tally.doubled(what);
        } else {
            tally.onTheirDay();
        }
    }

    private static String describe(Occurrence occurrence) {
        return occurrence.caseReference + " " + occurrence.processKey + "/" + occurrence.stepId + " (" + occurrence.timescale + ")";
    }
}
