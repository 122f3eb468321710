package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Deadline deadline = new Deadline(LocalDate.of(2026, 12, 29), null, LocalDate.of(2026, 12, 22), LONDON);

    @Test
    void isDueUntilTheLastSecondOfTheDeadlineDate() {
        assertThat(deadline.dueAt().toInstant()).isEqualTo(Instant.parse("2026-12-29T23:59:59Z"));
    }

    @Test
    void hasPassedFromTheStartOfTheNextDay() {
        assertThat(deadline.passedAt().toInstant()).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
    }

    @Test
    void remindsAtTheStartOfTheReminderDay() {
        assertThat(deadline.reminderAt().toInstant()).isEqualTo(Instant.parse("2026-12-22T00:00:00Z"));
    }

    @Test
    void theDueDateReadsAsTheDeadlineDateInLondonAndUtcInSummer() {
        Deadline summer = new Deadline(LocalDate.of(2026, 7, 10), null, LocalDate.of(2026, 7, 10), LONDON);

        Instant due = summer.dueAt().toInstant();
        assertThat(LocalDate.ofInstant(due, LONDON)).isEqualTo(summer.date());
        assertThat(LocalDate.ofInstant(due, ZoneId.of("UTC"))).isEqualTo(summer.date());
    }
}
