package org.careflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A month of a small authority replayed through the real engine (January 2026: New Year's Day, and
 * volumes at a fifth of a mid-sized authority's): every reminder and escalation came on its day, and
 * the ledger's timeliness is the simulated truth.
 */
@SpringBootTest
@ActiveProfiles("test")
class MonthReplayTest {

    @Autowired
    Replay replay;

    @Test
    void aMonthReplayedGivesEveryReminderAndEscalationOnItsDayAndTheLedgerTheTruth() {
        ReplayReport report = replay.run(new ReplayWindow(LocalDate.of(2026, 1, 1), 31), 0.2, 15, List.of("north", "south"), "RT");
        System.out.println(report.text());

        report.requireClean();
        assertThat(report.started().get("referral")).isGreaterThan(70);
        assertThat(report.started().get("careProceedings")).isPositive();
        assertThat(report.deliveries(DeliveryCheck.REMINDERS).due()).isGreaterThan(100);
        assertThat(report.deliveries(DeliveryCheck.ESCALATIONS).due()).isPositive();
        assertThat(report.late()).isPositive();
        assertThat(report.timeliness().compared()).isGreaterThan(50);
    }
}
