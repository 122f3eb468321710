package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.careflow.calendar.TestCalendars;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.timescales.CountingProperties.CourtDays;
import org.careflow.timescales.CountingProperties.EventDay;
import org.careflow.timescales.CountingProperties.OutOfHours;
import org.junit.jupiter.api.Test;

/** The worked examples of timescales.md section 4, with the shipped numbers. */
class WorkedExamplesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DeadlineCalculator calculator = Calculators.withDefaults();
    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();

    @Test
    void referralReceivedOnChristmasEveAfternoon2026IsDecidedByTuesday29December() {
        ZonedDateTime received = ZonedDateTime.of(2026, 12, 24, 16, 0, 0, 0, LONDON);

        assertThat(calculator.deadline("referral-decision", received).date()).isEqualTo(date(2026, 12, 29));
    }

    @Test
    void referralReceivedOnChristmasEveAfternoon2025IsDecidedByMonday29December() {
        assertThat(calculator.deadline("referral-decision", "2025-12-24T16:00:00Z").date()).isEqualTo(date(2025, 12, 29));
    }

    @Test
    void referralReceivedOnSaturdayBoxingDayIsDecidedByTuesday29December() {
        assertThat(calculator.deadline("referral-decision", "2026-12-26").date()).isEqualTo(date(2026, 12, 29));
    }

    @Test
    void referralReceivedOnBoxingDayDeemedNextWorkingDayIsDecidedByWednesday30December() {
        DeadlineCalculator deeming = Calculators.with(EventDay.DAY_ZERO, OutOfHours.NEXT_WORKING_DAY, CourtDays.CALENDAR);

        assertThat(deeming.deadline("referral-decision", "2026-12-26").date()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void assessmentOfAReferralOn1December2025IsDueThursday5February2026() {
        assertThat(calculator.deadline("assessment", "2025-12-01").date()).isEqualTo(date(2026, 2, 5));
    }

    @Test
    void icpcAfterAStrategyDiscussionOn10December2026IsDueTuesday5January2027() {
        assertThat(calculator.deadline("icpc", "2026-12-10").date()).isEqualTo(date(2027, 1, 5));
    }

    @Test
    void icpcOn18December2026SetsCoreGroupBy6JanuaryAndFirstReviewBy18March() {
        assertThat(calculator.deadline("core-group", "2026-12-18").date()).isEqualTo(date(2027, 1, 6));
        assertThat(calculator.deadline("first-review", "2026-12-18").date()).isEqualTo(date(2027, 3, 18));
    }

    @Test
    void secondReviewAfterAFirstHeld11March2027IsDueSaturday11SeptemberSoHeldByFriday10() {
        Deadline nextReview = calculator.deadline("next-review", "2027-03-11");

        assertThat(nextReview.date()).isEqualTo(date(2027, 9, 11));
        assertThat(calendar.lastWorkingDayOnOrBefore(nextReview.date())).isEqualTo(date(2027, 9, 10));
    }

    @Test
    void aReminderOfZeroWorkingDaysFallsOnTheLastWorkingDayBeforeAWeekendDeadline() {
        DeadlineCalculator noNotice = Calculators.withTimescale(
                new Timescale("next-review", 6, TimescaleUnit.CALENDAR_MONTHS, null, 0, false));

        assertThat(noNotice.deadline("next-review", "2027-03-11").reminder()).isEqualTo(date(2027, 9, 10));
    }

    @Test
    void theShippedReviewReminderIsCountedBackFromTheDayItMustBeHeldBy() {
        Deadline nextReview = calculator.deadline("next-review", "2027-03-11");
        int notice = Calculators.SHIPPED_TIMESCALES.get("next-review").reminderWorkingDays();

        assertThat(nextReview.reminder()).isEqualTo(calendar.addWorkingDays(date(2027, 9, 10), -notice));
    }

    @Test
    void firstReviewOfAnIcpcOn30November2026IsDueSunday28FebruarySoHeldByFriday26() {
        Deadline firstReview = calculator.deadline("first-review", "2026-11-30");

        assertThat(firstReview.date()).isEqualTo(date(2027, 2, 28));
        assertThat(calendar.lastWorkingDayOnOrBefore(firstReview.date())).isEqualTo(date(2027, 2, 26));
    }

    @Test
    void firstReviewOfAnIcpcOn30November2027IsDueOnLeapDay() {
        assertThat(calculator.deadline("first-review", "2027-11-30").date()).isEqualTo(date(2028, 2, 29));
    }

    @Test
    void cpVisitAfterOneOn22December2026IsDueFriday8JanuaryOnTheTenWorkingDayStandard() {
        assertThat(calculator.deadline("cp-visit", "2026-12-22").date()).isEqualTo(date(2027, 1, 8));
    }

    @Test
    void cpVisitAfterOneOn22December2026IsDueTuesday5JanuaryOnATwoWeekStandard() {
        DeadlineCalculator twoWeekly = Calculators.withTimescale(
                new Timescale("cp-visit", 2, TimescaleUnit.WEEKS, null, 2, false));

        assertThat(twoWeekly.deadline("cp-visit", "2026-12-22").date()).isEqualTo(date(2027, 1, 5));
    }

    @Test
    void careProceedingsIssuedMonday11January2027() {
        String issued = "2027-01-11";

        assertThat(calculator.deadline("plo-allocation", issued).date()).as("allocation, day 2").isEqualTo(date(2027, 1, 12));
        Deadline cmh = calculator.deadline("plo-cmh", issued);
        assertThat(cmh.earliest()).as("CMH not before day 12").isEqualTo(date(2027, 1, 22));
        assertThat(cmh.date()).as("CMH not after day 18").isEqualTo(date(2027, 1, 28));
        assertThat(calculator.deadline("plo-fcmh", issued).date()).as("FCMH by day 25").isEqualTo(date(2027, 2, 4));
        assertThat(calculator.deadline("care-proceedings", issued).date()).as("26 weeks").isEqualTo(date(2027, 7, 11));
        assertThat(calculator.deadline("care-proceedings", issued).statutoryDate())
                .as("26 weeks is not a PLO day: it does not move off Sunday").isEqualTo(date(2027, 7, 11));
    }

    @Test
    void advocatesMeetTwoBusinessDaysBeforeACmhOnMonday25January2027() {
        assertThat(calculator.deadline("plo-advocates-cmh", "2027-01-25").date()).isEqualTo(date(2027, 1, 21));
    }

    @Test
    void advocatesMeetSevenBusinessDaysBeforeAnIrhAcrossEaster() {
        // IRH Thu 1 Apr 2027; Good Friday 26 Mar and Easter Monday 29 Mar are not business days
        assertThat(calculator.deadline("plo-advocates-irh", "2027-04-01").date()).isEqualTo(date(2027, 3, 19));
    }

    @Test
    void extensionGrantedInTimeRunsEightWeeksFromTheEndOfTheTwentySixWeeks() {
        assertThat(calculator.deadline("extension", "2027-07-11").date()).isEqualTo(date(2027, 9, 5));
    }

    @Test
    void extensionGrantedLateRunsEightWeeksFromTheGrant() {
        assertThat(calculator.deadline("extension", "2027-07-14").date()).isEqualTo(date(2027, 9, 8));
    }

    @Test
    void eightWeeksGrantedOnOrBeforeSunday11July2027EndOnSunday5September() {
        assertThat(calculator.extend("extension", "2027-07-11", "2027-07-07", 8)).isEqualTo(date(2027, 9, 5));
        assertThat(calculator.extend("extension", "2027-07-11", "2027-07-11", 8)).isEqualTo(date(2027, 9, 5));
    }

    @Test
    void eightWeeksGrantedLateOnWednesday14July2027EndOnWednesday8September() {
        assertThat(calculator.extend("extension", "2027-07-11", "2027-07-14", 8)).isEqualTo(date(2027, 9, 8));
    }

    @Test
    void extensionToFriday27August2027GrantedOnWednesday7JulyIsAcceptedAndToMonday6SeptemberRefused() {
        assertThat(calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-08-27")).isEqualTo(date(2027, 8, 27));
        assertThatThrownBy(() -> calculator.extendTo("extension", "2027-07-11", "2027-07-07", "2027-09-06"))
                .as("the ceiling is Sun 5 Sep 2027").hasMessageContaining("by 2027-09-05");
    }

    @Test
    void lookedAfterFromMonday14December2026() {
        Deadline firstReview = calculator.deadline("lac-review-1", "2026-12-14");

        assertThat(firstReview.date()).isEqualTo(date(2027, 1, 14));
        assertThat(calculator.deadline("lac-review-2", firstReview.date()).date()).isEqualTo(date(2027, 4, 14));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
