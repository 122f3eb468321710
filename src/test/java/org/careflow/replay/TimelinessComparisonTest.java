package org.careflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.TestCalendars;
import org.careflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The ledger's timeliness against the simulated truth, row by row and as figures: a ledger that differs is found. */
class TimelinessComparisonTest {

    private static final WorkingDayCalendar CALENDAR = TestCalendars.englandAndWales();
    private static final LocalDate DEADLINE = LocalDate.of(2026, 1, 9);
    private static final LocalDate TUESDAY_AFTER = LocalDate.of(2026, 1, 13);

    @Test
    void aLedgerThatSaysWhatWasSimulatedAgrees() {
        TimelinessComparison comparison = TimelinessComparison.of(List.of(doneOn(TUESDAY_AFTER)),
                Map.of("row", new LedgerTimeliness.Row("referral-decision", "north", TUESDAY_AFTER, false, 2)), CALENDAR);

        assertThat(comparison.agrees()).isTrue();
        assertThat(comparison.simulated().byTimescale())
                .containsEntry("referral-decision", new TimelinessTruth.Tally(0, 1, 2));
    }

    @Test
    void aLedgerLateByOtherWorkingDaysDisagrees() {
        TimelinessComparison comparison = TimelinessComparison.of(List.of(doneOn(TUESDAY_AFTER)),
                Map.of("row", new LedgerTimeliness.Row("referral-decision", "north", TUESDAY_AFTER, false, 1)), CALENDAR);

        assertThat(comparison.agrees()).isFalse();
        assertThat(comparison.disagreeing()).isEqualTo(1);
    }

    @Test
    void aStepDoneInTheReplayButMissingFromTheLedgerDisagrees() {
        assertThat(TimelinessComparison.of(List.of(doneOn(DEADLINE)), Map.of(), CALENDAR).agrees()).isFalse();
    }

    @Test
    void aStepHeldToADateAloneIsCountedUnderNoTimescale() {
        Occurrence hearing = new Occurrence("irh", 1, "instance", "careProceedings", "RP-2026-00002", "south",
                "Task_HoldIssuesResolutionHearing", null, DEADLINE, null, false);
        hearing.endedOn = DEADLINE;
        hearing.done = true;

        TimelinessComparison comparison = TimelinessComparison.of(List.of(hearing),
                Map.of("irh", new LedgerTimeliness.Row(null, "south", DEADLINE, true, 0)), CALENDAR);

        assertThat(comparison.agrees()).isTrue();
        assertThat(comparison.ledger().byTimescale()).containsEntry(TimelinessTruth.Cell.NO_TIMESCALE, new TimelinessTruth.Tally(1, 0, 0));
    }

    private static Occurrence doneOn(LocalDate day) {
        Occurrence occurrence = new Occurrence("row", 1, "instance", "referral", "RP-2026-00001", "north",
                "SubProcess_ReferralDecision", "referral-decision", DEADLINE, DEADLINE, true);
        occurrence.endedOn = day;
        occurrence.done = true;
        return occurrence;
    }
}
