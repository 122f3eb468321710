package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(Calculators.withDefaults());

    @Test
    void aTasksDueDateTimerAndFollowUpComeFromOneDeadline() {
        String referralReceivedAt = "2026-12-24T16:00:00Z";

        assertThat(deadlines.due("referral-decision", referralReceivedAt)).isEqualTo(at("2026-12-29T23:59:59Z"));
        assertThat(deadlines.passed("referral-decision", referralReceivedAt)).isEqualTo(at("2026-12-30T00:00:00Z"));
        assertThat(deadlines.reminder("referral-decision", referralReceivedAt)).isEqualTo(at("2026-12-29T00:00:00Z"));
    }

    @Test
    void anEscalationCountsFromTheDueDateOfTheStep() {
        Date stepDue = deadlines.due("referral-decision", "2026-12-24T16:00:00Z");

        assertThat(deadlines.due("escalation-to-head-of-service", stepDue)).isEqualTo(at("2026-12-30T23:59:59Z"));
        assertThat(deadlines.passed("escalation-to-head-of-service", stepDue)).isEqualTo(at("2026-12-31T00:00:00Z"));
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
