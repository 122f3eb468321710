package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = Calculators.withDefaults();

    @Test
    void aDeadlineIsInLondonAndHasNoWindowUnlessTheTimescaleHasOne() {
        Deadline deadline = calculator.deadline("icpc", "2026-12-10");

        assertThat(deadline.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(deadline.earliest()).isNull();
    }

    @Test
    void theReminderFallsTheGivenWorkingDaysBeforeTheDeadline() {
        DeadlineCalculator threeDaysNotice = Calculators.withTimescale(
                new Timescale("icpc", 15, TimescaleUnit.WORKING_DAYS, null, 3, false));

        // ICPC due Tue 5 Jan 2027: three working days before is Wed 30 Dec 2026
        assertThat(threeDaysNotice.deadline("icpc", "2026-12-10").reminder()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aReminderNeverFallsBeforeTheClockStarts() {
        DeadlineCalculator longNotice = Calculators.withTimescale(
                new Timescale("referral-decision", 1, TimescaleUnit.WORKING_DAYS, null, 3, true));

        assertThat(longNotice.deadline("referral-decision", "2026-12-24T16:00:00Z").reminder())
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aMeetingCountedBackFromAHearingIsRemindedBeforeIt() {
        DeadlineCalculator oneDayNotice = Calculators.withTimescale(
                new Timescale("plo-advocates-cmh", -2, TimescaleUnit.WORKING_DAYS, null, 1, false));

        Deadline meeting = oneDayNotice.deadline("plo-advocates-cmh", "2027-01-25");

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(meeting.reminder()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void calendarDaysCountEveryDay() {
        DeadlineCalculator tenDays = Calculators.withTimescale(
                new Timescale("child-seen", 10, TimescaleUnit.CALENDAR_DAYS, null, 0, false));

        assertThat(tenDays.deadline("child-seen", "2026-12-22").date()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void anUnknownTimescaleIsRefusedNamingIt() {
        assertThatThrownBy(() -> calculator.deadline("core-groop", "2026-12-18"))
                .isInstanceOf(UnknownTimescaleException.class)
                .hasMessageContaining("'core-groop'");
    }

    @Test
    void aBadClockStartIsRefusedNamingTheTimescale() {
        assertThatThrownBy(() -> calculator.deadline("core-group", "18/12/2026"))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessageContaining("core-group")
                .hasMessageContaining("'18/12/2026'");
    }
}
