package org.careflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay's check can fail: fabricated observations of a step due Friday 9 January 2026, escalated
 * on Saturday 10 January when it is not done that Friday.
 */
class DeliveryCheckTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 1, 9);
    private static final LocalDate ESCALATION_DAY = LocalDate.of(2026, 1, 10);
    private static final LocalDate REMINDER = LocalDate.of(2026, 1, 8);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

    @Test
    void aStepDoneLateAndEscalatedOnceTheDayAfterItsDeadlineIsClean() {
        Occurrence late = doneOn(LocalDate.of(2026, 1, 13));
        late.escalationDays.add(ESCALATION_DAY);

        assertThat(check(late)).allMatch(Deliveries::clean);
        assertThat(escalations(late).onTheirDay()).isEqualTo(1);
    }

    @Test
    void anOverdueStepNeverEscalatedIsMissed() {
        assertThat(escalations(doneOn(LocalDate.of(2026, 1, 13))).missed()).isEqualTo(1);
    }

    @Test
    void anEscalationADayLateIsMissedOnItsDay() {
        Occurrence late = doneOn(LocalDate.of(2026, 1, 13));
        late.escalationDays.add(ESCALATION_DAY.plusDays(1));

        assertThat(escalations(late).missed()).isEqualTo(1);
    }

    @Test
    void anEscalationOnTheDeadlineDayIsEarly() {
        Occurrence late = doneOn(LocalDate.of(2026, 1, 13));
        late.escalationDays.add(DEADLINE);

        assertThat(escalations(late).early()).isEqualTo(1);
    }

    @Test
    void twoEscalationsOfOneLatenessAreDoubled() {
        Occurrence late = doneOn(LocalDate.of(2026, 1, 13));
        late.escalationDays.addAll(List.of(ESCALATION_DAY, ESCALATION_DAY));

        assertThat(escalations(late).doubled()).isEqualTo(1);
    }

    @Test
    void anEscalationOfAStepDoneOnItsDeadlineIsUnexpected() {
        Occurrence onTime = doneOn(DEADLINE);
        onTime.escalationDays.add(ESCALATION_DAY);

        assertThat(escalations(onTime).unexpected()).isEqualTo(1);
        assertThat(escalations(onTime).due()).isZero();
    }

    @Test
    void anEscalationTiedToNoSimulatedStepIsUnexpected() {
        Deliveries escalations = DeliveryCheck.check(List.of(), List.of("RP-2026-00001 Task_RecordOversight"), LAST_DAY).get(1);

        assertThat(escalations.unexpected()).isEqualTo(1);
        assertThat(escalations.clean()).isFalse();
    }

    @Test
    void anEscalationDueAfterTheLastDayReplayedIsNotYetDue() {
        assertThat(check(doneOn(null), DEADLINE)).allMatch(Deliveries::clean);
    }

    @Test
    void remindersMissedEarlyAndDoubledAreFound() {
        Occurrence none = doneOn(DEADLINE);
        none.taskSeen("t1", null);
        Occurrence early = doneOn(DEADLINE);
        early.taskSeen("t2", REMINDER.minusDays(1));
        Occurrence twoDays = doneOn(DEADLINE);
        twoDays.taskSeen("t3", REMINDER);
        twoDays.taskSeen("t4", REMINDER.plusDays(1));

        Deliveries reminders = DeliveryCheck.check(List.of(none, early, twoDays), List.of(), LAST_DAY).get(0);

        assertThat(reminders.missed()).isEqualTo(1);
        assertThat(reminders.early()).isEqualTo(1);
        assertThat(reminders.doubled()).isEqualTo(1);
        assertThat(reminders.examples()).hasSize(3);
    }

    private static Deliveries escalations(Occurrence occurrence) {
        return check(occurrence).get(1);
    }

    private static List<Deliveries> check(Occurrence occurrence) {
        return check(occurrence, LAST_DAY);
    }

    /** The occurrence checked, its task carrying the reminder day, with these days replayed. */
    private static List<Deliveries> check(Occurrence occurrence, LocalDate lastDay) {
        if (occurrence.reminderDays.isEmpty()) {
            occurrence.taskSeen("task", REMINDER);
        }
        return DeliveryCheck.check(List.of(occurrence), List.of(), lastDay);
    }

    /** A referral decision due on the deadline, done on the day given (null: still open). */
    private static Occurrence doneOn(LocalDate day) {
        Occurrence occurrence = new Occurrence("row", 1, "instance", "referral", "RP-2026-00001", "north",
                "SubProcess_ReferralDecision", "referral-decision", DEADLINE, REMINDER, true);
        if (day != null) {
            occurrence.endedOn = day;
            occurrence.done = true;
        }
        return occurrence;
    }
}
