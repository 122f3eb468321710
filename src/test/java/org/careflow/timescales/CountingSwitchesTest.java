package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.careflow.timescales.CountingProperties.CourtDays;
import org.careflow.timescales.CountingProperties.EventDay;
import org.careflow.timescales.CountingProperties.OutOfHours;
import org.junit.jupiter.api.Test;

class CountingSwitchesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DeadlineCalculator byDefault = Calculators.withDefaults();
    private final DeadlineCalculator dayOne = Calculators.with(EventDay.DAY_ONE, OutOfHours.AS_RECEIVED, CourtDays.CALENDAR);
    private final DeadlineCalculator deeming = Calculators.with(EventDay.DAY_ZERO, OutOfHours.NEXT_WORKING_DAY, CourtDays.CALENDAR);
    private final DeadlineCalculator businessDays = Calculators.with(EventDay.DAY_ZERO, OutOfHours.AS_RECEIVED, CourtDays.BUSINESS);

    @Test
    void dayOneMakesAOneWorkingDayTimescaleDueOnTheDayOfAWorkingDayEvent() {
        String mondayMorning = "2026-12-07T10:00:00Z";

        assertThat(byDefault.deadline("referral-decision", mondayMorning).date()).isEqualTo(date(2026, 12, 8));
        assertThat(dayOne.deadline("referral-decision", mondayMorning).date()).isEqualTo(date(2026, 12, 7));
    }

    @Test
    void dayOneIsOneDayStricterOnALongTimescale() {
        assertThat(dayOne.deadline("assessment", "2025-12-01").date()).isEqualTo(date(2026, 2, 4));
    }

    @Test
    void dayOneCountsTheNextWorkingDayAsDayOneWhenTheEventDayIsNotOne() {
        assertThat(dayOne.deadline("referral-decision", "2026-12-26").date()).isEqualTo(date(2026, 12, 29));
    }

    @Test
    void anEventAfterWorkingHoursIsDeemedToHappenOnTheNextWorkingDay() {
        ZonedDateTime christmasEveEvening = ZonedDateTime.of(2026, 12, 24, 18, 0, 0, 0, LONDON);

        assertThat(byDefault.deadline("referral-decision", christmasEveEvening).date()).isEqualTo(date(2026, 12, 29));
        assertThat(deeming.deadline("referral-decision", christmasEveEvening).date()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void workingHoursEndAtTheirEndTime() {
        assertThat(deeming.deadline("referral-decision", at(2026, 12, 24, 16, 59)).date()).isEqualTo(date(2026, 12, 29));
        assertThat(deeming.deadline("referral-decision", at(2026, 12, 24, 17, 0)).date()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void aReceiptBeforeTheWorkingDayStartsOnAWorkingDayIsReceivedThatDay() {
        // Tue 29 Dec 2026 at 07:30: in time for that working day, so due Wed 30 Dec, as received
        assertThat(deeming.deadline("referral-decision", at(2026, 12, 29, 7, 30)).date()).isEqualTo(date(2026, 12, 30));
        assertThat(deeming.deadline("referral-decision", at(2026, 12, 29, 0, 1)).date()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void theEndOfTheWorkingDayIsConfigurable() {
        DeadlineCalculator lateTeam = Calculators.with(Calculators.SHIPPED_TIMESCALES, new CountingProperties(
                EventDay.DAY_ZERO, OutOfHours.NEXT_WORKING_DAY, LocalTime.of(18, 30), CourtDays.CALENDAR,
                CountingProperties.AdvocatesMeetingDays.COUNTED_BACK));

        assertThat(lateTeam.deadline("referral-decision", at(2026, 12, 24, 18, 0)).date()).isEqualTo(date(2026, 12, 29));
        assertThat(lateTeam.deadline("referral-decision", at(2026, 12, 24, 18, 30)).date()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void theOutOfHoursSwitchAppliesToReceiptsNeverToAMeetingOrDecisionThatWasHeld() {
        // A strategy discussion held on Thu 10 Dec 2026 at 19:00 starts the ICPC's 15 working days that day:
        // Tue 5 Jan 2027 (timescales.md), not from Fri 11 Dec
        assertThat(deeming.deadline("icpc", at(2026, 12, 10, 19, 0)).date()).isEqualTo(date(2027, 1, 5));
        // A threshold decision on Saturday 26 Dec 2026 is counted from that day, not deemed to Tue 29 Dec
        assertThat(deeming.deadline("strategy-discussion", at(2026, 12, 26, 11, 0)).date())
                .isEqualTo(byDefault.deadline("strategy-discussion", at(2026, 12, 26, 11, 0)).date());
        // The assessment counts from the referral's receipt: deemed, as the decision is
        assertThat(deeming.deadline("assessment", at(2025, 12, 1, 18, 0)).date())
                .isEqualTo(byDefault.deadline("assessment", "2025-12-02").date());
    }

    @Test
    void aDateWithoutATimeOnAWorkingDayIsNotOutOfHours() {
        assertThat(deeming.deadline("referral-decision", "2026-12-24").date()).isEqualTo(date(2026, 12, 29));
    }

    @Test
    void switchesForReceivingDoNotMoveAMeetingCountedBackFromAHearing() {
        DeadlineCalculator both = Calculators.with(EventDay.DAY_ONE, OutOfHours.NEXT_WORKING_DAY, CourtDays.CALENDAR);

        assertThat(both.deadline("plo-advocates-cmh", "2027-01-25").date()).isEqualTo(date(2027, 1, 21));
    }

    @Test
    void switchesForReceivingDoNotMoveCalendarPeriods() {
        DeadlineCalculator both = Calculators.with(EventDay.DAY_ONE, OutOfHours.NEXT_WORKING_DAY, CourtDays.CALENDAR);

        assertThat(both.deadline("extension", "2027-07-11").date()).isEqualTo(date(2027, 9, 5));
        assertThat(both.deadline("first-review", "2026-11-30").date()).isEqualTo(date(2027, 2, 28));
    }

    @Test
    void courtDaysReadAsBusinessDaysSkipChristmas() {
        String issuedBeforeChristmas = "2026-12-23";

        Deadline calendarReading = byDefault.deadline("plo-cmh", issuedBeforeChristmas);
        assertThat(calendarReading.earliest()).isEqualTo(date(2027, 1, 3));
        // day 18 is Sat 9 Jan 2027: the hearing is held by Fri 8 Jan, day 18 stays recorded
        assertThat(calendarReading.statutoryDate()).isEqualTo(date(2027, 1, 9));
        assertThat(calendarReading.date()).isEqualTo(date(2027, 1, 8));

        Deadline businessReading = businessDays.deadline("plo-cmh", issuedBeforeChristmas);
        assertThat(businessReading.earliest()).isEqualTo(date(2027, 1, 12));
        assertThat(businessReading.date()).isEqualTo(date(2027, 1, 20));
    }

    @Test
    void courtDaysReadAsBusinessDaysStartOnTheNextBusinessDayAfterAnIssueOnAHoliday() {
        assertThat(businessDays.deadline("plo-allocation", "2026-12-25").date()).isEqualTo(date(2026, 12, 30));
        // read as calendar days, day 2 is Sat 26 Dec 2026; the last business day before it (Thu 24 Dec)
        // is before the issue, so the day to act by is the day of issue itself
        Deadline calendarReading = byDefault.deadline("plo-allocation", "2026-12-25");
        assertThat(calendarReading.statutoryDate()).isEqualTo(date(2026, 12, 26));
        assertThat(calendarReading.date()).isEqualTo(date(2026, 12, 25));
    }

    /*
     * "N business days before" a hearing (PD12A's advocates' meetings). Counted back (the default), the
     * hearing is day 0 and the Nth business day before it is the last day for the meeting. As FPR r2.9's
     * clear days, neither the hearing's day nor the meeting's is counted: N whole business days must lie
     * between them, which is one business day earlier.
     */

    @Test
    void advocatesMeetingTwoBusinessDaysBeforeACmhOnThursday28January2027IsTuesday26JanuaryCountedBack() {
        // Wed 27 (1), Tue 26 (2)
        assertThat(byDefault.deadline("plo-advocates-cmh", "2027-01-28").date()).isEqualTo(date(2027, 1, 26));
    }

    @Test
    void advocatesMeetingTwoClearBusinessDaysBeforeACmhOnThursday28January2027IsMonday25January() {
        // a meeting on Mon 25 leaves Tue 26 and Wed 27 clear before the hearing; one on Tue 26 would leave only Wed 27
        DeadlineCalculator clearDays = Calculators.withAdvocatesMeetingDays(CountingProperties.AdvocatesMeetingDays.CLEAR_DAYS);

        assertThat(clearDays.deadline("plo-advocates-cmh", "2027-01-28").date()).isEqualTo(date(2027, 1, 25));
    }

    @Test
    void clearBusinessDaysBeforeAnIrhSkipEasterAndAreOneBusinessDayEarlier() {
        // IRH Thu 1 Apr 2027: counted back 7 business days (Good Friday and Easter Monday skipped) is Fri 19 Mar;
        // with 7 clear business days between (19, 22, 23, 24, 25, 30, 31 Mar) the meeting is by Thu 18 Mar
        DeadlineCalculator clearDays = Calculators.withAdvocatesMeetingDays(CountingProperties.AdvocatesMeetingDays.CLEAR_DAYS);

        assertThat(byDefault.deadline("plo-advocates-irh", "2027-04-01").date()).isEqualTo(date(2027, 3, 19));
        assertThat(clearDays.deadline("plo-advocates-irh", "2027-04-01").date()).isEqualTo(date(2027, 3, 18));
    }

    @Test
    void clearDaysCountOnlyTheDaysBeforeAHearingNotThoseCountedForward() {
        DeadlineCalculator clearDays = Calculators.withAdvocatesMeetingDays(CountingProperties.AdvocatesMeetingDays.CLEAR_DAYS);

        assertThat(clearDays.deadline("icpc", "2026-12-10").date()).isEqualTo(date(2027, 1, 5));
        assertThat(clearDays.deadline("plo-fcmh", "2027-01-11").date()).isEqualTo(date(2027, 2, 4));
    }

    @Test
    void courtDaysReadEitherWayAgreeInAnOrdinaryWeek() {
        assertThat(businessDays.deadline("plo-allocation", "2027-01-11").date()).isEqualTo(date(2027, 1, 12));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
