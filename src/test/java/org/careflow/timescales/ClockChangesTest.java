package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Days begin and end in Europe/London, whose offset changes in March and October. */
class ClockChangesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DeadlineCalculator calculator = Calculators.withDefaults();

    @Test
    void anEventLateOnSaturdayInUtcIsOnSundayInLondonBeforeTheOctoberChange() {
        String halfPastMidnightBst = "2026-10-24T23:30:00Z";

        assertThat(EventDates.parse("x", halfPastMidnightBst).date(LONDON)).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(calculator.deadline("referral-decision", halfPastMidnightBst).date()).isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @Test
    void anEventJustAfterTheMarchChangeIsOnThatSunday() {
        String halfPastMidnightGmt = "2027-03-28T00:30:00Z";

        assertThat(EventDates.parse("x", halfPastMidnightGmt).date(LONDON)).isEqualTo(LocalDate.of(2027, 3, 28));
        // Easter Monday 29 Mar 2027 is not a working day
        Deadline deadline = calculator.deadline("referral-decision", halfPastMidnightGmt);
        assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(deadline.dueAt().toInstant()).isEqualTo(Instant.parse("2027-03-30T22:59:59Z"));
    }

    @Test
    void aDeadlineInSummerIsDueAtOneSecondBeforeMidnightBst() {
        assertThat(deadlineOn(2026, 7, 10).dueAt().toInstant()).isEqualTo(Instant.parse("2026-07-10T22:59:59Z"));
    }

    @Test
    void aDeadlineInWinterIsDueAtOneSecondBeforeMidnightGmt() {
        assertThat(deadlineOn(2026, 12, 29).dueAt().toInstant()).isEqualTo(Instant.parse("2026-12-29T23:59:59Z"));
    }

    @Test
    void aDeadlineOnTheOctoberChangeDayPassesAtMidnightGmt() {
        Deadline changeDay = deadlineOn(2026, 10, 25);

        assertThat(changeDay.dueAt().toInstant()).isEqualTo(Instant.parse("2026-10-25T23:59:59Z"));
        assertThat(changeDay.passedAt().toInstant()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(deadlineOn(2026, 10, 24).passedAt().toInstant()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    }

    @Test
    void aDeadlineOnTheMarchChangeDayPassesAtMidnightBst() {
        assertThat(deadlineOn(2027, 3, 27).passedAt().toInstant()).isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
        assertThat(deadlineOn(2027, 3, 28).passedAt().toInstant()).isEqualTo(Instant.parse("2027-03-28T23:00:00Z"));
    }

    @Test
    void theEscalationCountsFromTheDeadlineDateOfASummerDeadline() {
        Deadline step = deadlineOn(2026, 7, 10);

        Deadline escalation = calculator.deadline("escalation-to-head-of-service", step.dueAt());

        assertThat(escalation.date()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(escalation.passedAt().toInstant()).isEqualTo(Instant.parse("2026-07-13T23:00:00Z"));
    }

    private static Deadline deadlineOn(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new Deadline(date, null, date, LONDON);
    }
}
