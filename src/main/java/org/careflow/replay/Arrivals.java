package org.careflow.replay;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.careflow.calendar.WorkingDayCalendar;

/**
 * What comes in each day: referrals in office hours on working days, and applications for care orders
 * issued (care proceedings started on their own for a case already under way). A mid-sized authority's
 * year at scale 1: about 5,000 referrals and 40 care proceedings, spread evenly over its working days;
 * the assessments, enquiries and plans follow from the referrals' routes ({@link CaseRoutes}).
 */
final class Arrivals {

    static final int REFERRALS_A_YEAR = 5_000;
    static final int CARE_PROCEEDINGS_A_YEAR = 40;
    private static final double WORKING_DAYS_A_YEAR = 253;

    enum Kind { REFERRAL, CARE_PROCEEDINGS }

    record Arrival(Kind kind, String caseReference, String team, LocalTime at) {
    }

    private final WorkingDayCalendar calendar;
    private final Dice dice;
    private final double referralsADay;
    private final double proceedingsADay;
    private final String casePrefix;
    private final List<String> teams;
    private int workingDaysSoFar;
    private int cases;

    Arrivals(WorkingDayCalendar calendar, Dice dice, double scale, String casePrefix, List<String> teams) {
        this.calendar = calendar;
        this.dice = dice;
        this.referralsADay = REFERRALS_A_YEAR * scale / WORKING_DAYS_A_YEAR;
        this.proceedingsADay = CARE_PROCEEDINGS_A_YEAR * scale / WORKING_DAYS_A_YEAR;
        this.casePrefix = casePrefix;
        this.teams = teams;
    }

    /** The arrivals of a day, in the order of their times; call once for each day, in order. */
    List<Arrival> of(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return List.of();
        }
        int before = workingDaysSoFar++;
        List<Arrival> arrivals = new ArrayList<>();
        // the running totals rounded, so that the volumes add up over any stretch of days
        for (long n = Math.round(referralsADay * before); n < Math.round(referralsADay * workingDaysSoFar); n++) {
            arrivals.add(arrival(Kind.REFERRAL, day, LocalTime.of(8, 30).plusMinutes(dice.between(0, 480, "arrives", day, n))));
        }
        for (long n = Math.round(proceedingsADay * before); n < Math.round(proceedingsADay * workingDaysSoFar); n++) {
            arrivals.add(arrival(Kind.CARE_PROCEEDINGS, day, LocalTime.of(10, 0)));
        }
        arrivals.sort((a, b) -> a.at().compareTo(b.at()));
        return arrivals;
    }

    private Arrival arrival(Kind kind, LocalDate day, LocalTime at) {
        String reference = "%s-%d-%05d".formatted(casePrefix, day.getYear(), ++cases);
        return new Arrival(kind, reference, teams.get(dice.between(0, teams.size() - 1, "team", reference)), at);
    }
}
