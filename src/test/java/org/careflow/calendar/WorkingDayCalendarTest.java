package org.careflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAndBankHolidaysAreNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Thu 24 Dec 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).as("Christmas Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 27))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).as("Tue 29 Dec 2026").isTrue();
    }

    @Test
    void theDaysAroundNewYear2028AreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).as("Mon 27 Dec 2027").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).as("Tue 28 Dec 2027").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).as("Mon 3 Jan 2028").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 29))).as("Wed 29 Dec 2027").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 4))).as("Tue 4 Jan 2028").isTrue();
    }

    @Test
    void boxingDayOnASaturdayIsSkippedOnlyOnce() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void theStartDayIsNeverCountedWhateverItIs() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 26), 1)).as("from a Saturday")
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 1)).as("from a bank holiday")
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 29), 1)).as("from a working day")
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void countsBackWhenNegative() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 25), -2)).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 29), -1)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 26), 0)).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void lastWorkingDayOnOrBefore() {
        assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2027, 9, 11))).as("Sat 11 Sep 2027")
                .isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2026, 12, 28))).as("over Christmas")
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2026, 12, 24))).as("a working day")
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void nextWorkingDayOnOrAfter() {
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void theZoneIsTheConfiguredOne() {
        assertThat(calendar.zone()).isEqualTo(TestCalendars.LONDON);
    }
}
