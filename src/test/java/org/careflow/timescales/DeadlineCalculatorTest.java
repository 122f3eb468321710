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
    void aPloDay25OnASaturdayIsActedOnByTheFridayBeforeItAndStaysRecorded() {
        // issued Wed 13 Jan 2027: day 25 is Sat 6 Feb 2027
        Deadline fcmh = calculator.deadline("plo-fcmh", "2027-01-13");

        assertThat(fcmh.statutoryDate()).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(fcmh.date()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(fcmh.actedOnEarlier()).isTrue();
        assertThat(fcmh.dueAt()).isEqualTo(java.util.Date.from(java.time.ZonedDateTime.of(2027, 2, 5, 23, 59, 59, 0,
                ZoneId.of("Europe/London")).toInstant()));
    }

    @Test
    void aCmhWindowEndingOnEasterMondayIsHeldByTheThursdayBeforeGoodFriday() {
        // issued Fri 12 Mar 2027: day 12 is Tue 23 Mar, day 18 Easter Monday 29 Mar; Good Friday 26 Mar is a holiday too
        Deadline cmh = calculator.deadline("plo-cmh", "2027-03-12");

        assertThat(cmh.earliest()).isEqualTo(LocalDate.of(2027, 3, 23));
        assertThat(cmh.statutoryDate()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(cmh.date()).isEqualTo(LocalDate.of(2027, 3, 25));
    }

    @Test
    void aPloDayOnABusinessDayDoesNotMove() {
        Deadline fcmh = calculator.deadline("plo-fcmh", "2027-01-11");

        assertThat(fcmh.date()).isEqualTo(fcmh.statutoryDate()).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(fcmh.actedOnEarlier()).isFalse();
    }

    @Test
    void onlyPloDaysMoveOffAWeekendNotTheTwentySixWeeksNorMonths() {
        Deadline weeks = calculator.deadline("care-proceedings", "2027-01-11");
        assertThat(weeks.date()).isEqualTo(weeks.statutoryDate()).isEqualTo(LocalDate.of(2027, 7, 11));
        assertThat(calculator.deadline("first-review", "2026-11-30").date()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void anExtensionToADateEndsOnThatDateWithinTheCeiling() {
        // 26 weeks end Sun 11 Jul 2027; on Wed 7 Jul the court extends to Fri 27 Aug
        assertThat(calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-08-27")).isEqualTo(LocalDate.of(2027, 8, 27));
        assertThat(calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-09-05")).isEqualTo(LocalDate.of(2027, 9, 5));
        assertThat(calculator.extensionCeiling("extension", "2027-07-11", "2027-07-07")).isEqualTo(LocalDate.of(2027, 9, 5));
    }

    @Test
    void anExtensionToADatePastTheCeilingIsRefusedNamingTheCeiling() {
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-09-06"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-09-05").hasMessageContaining("2027-09-06");
    }

    @Test
    void aLateGrantMovesTheCeilingToEightWeeksAfterTheGrant() {
        // granted Wed 14 Jul 2027, after the end on Sun 11 Jul: the ceiling is Wed 8 Sep
        assertThat(calculator.extensionCeiling("extension", "2027-07-11", "2027-07-14")).isEqualTo(LocalDate.of(2027, 9, 8));
        assertThat(calculator.extendTo("extension", "2027-07-11", "2027-07-14", "2027-09-08")).isEqualTo(LocalDate.of(2027, 9, 8));
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-14", "2027-09-09"))
                .hasMessageContaining("2027-09-08");
    }

    @Test
    void anExtensionEndsAfterTheCurrentEndAndNotBeforeItWasGranted() {
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-07-09"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the current end (2027-07-11)");
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-07-11"))
                .hasMessageContaining("after the current end");
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-20", "2027-07-14"))
                .hasMessageContaining("before the day it was granted (2027-07-20)");
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
