package org.careflow.timescales;

import java.time.LocalTime;

import org.careflow.calendar.TestCalendars;
import org.careflow.timescales.CountingProperties.AdvocatesMeetingDays;
import org.careflow.timescales.CountingProperties.CourtDays;
import org.careflow.timescales.CountingProperties.EventDay;
import org.careflow.timescales.CountingProperties.OutOfHours;

/** Deadline calculators over the shipped timescales and the England and Wales calendar. */
public final class Calculators {

    static final Timescales SHIPPED_TIMESCALES = new DmnFileTimescales();

    private Calculators() {
    }

    public static DeadlineCalculator withDefaults() {
        return with(EventDay.DAY_ZERO, OutOfHours.AS_RECEIVED, CourtDays.CALENDAR);
    }

    static DeadlineCalculator with(EventDay eventDay, OutOfHours outOfHours, CourtDays courtDays) {
        return with(SHIPPED_TIMESCALES, counting(eventDay, outOfHours, courtDays));
    }

    /** The shipped timescales with one replaced, for a standard some authorities use instead. */
    static DeadlineCalculator withTimescale(Timescale replacement) {
        Timescales timescales = id -> id.equals(replacement.id()) ? replacement : SHIPPED_TIMESCALES.get(id);
        return with(timescales, counting(EventDay.DAY_ZERO, OutOfHours.AS_RECEIVED, CourtDays.CALENDAR));
    }

    /** The defaults but for how "N business days before" a hearing is counted. */
    static DeadlineCalculator withAdvocatesMeetingDays(AdvocatesMeetingDays advocatesMeetingDays) {
        return with(SHIPPED_TIMESCALES, new CountingProperties(EventDay.DAY_ZERO, OutOfHours.AS_RECEIVED,
                LocalTime.of(17, 0), CourtDays.CALENDAR, advocatesMeetingDays));
    }

    static DeadlineCalculator with(Timescales timescales, CountingProperties counting) {
        return new DeadlineCalculator(timescales, TestCalendars.englandAndWales(), counting);
    }

    private static CountingProperties counting(EventDay eventDay, OutOfHours outOfHours, CourtDays courtDays) {
        return new CountingProperties(eventDay, outOfHours, LocalTime.of(17, 0), courtDays,
                AdvocatesMeetingDays.COUNTED_BACK);
    }
}
