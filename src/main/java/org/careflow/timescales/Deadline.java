package org.careflow.timescales;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * A computed deadline. The deadline is a date and expires at the end of that day in the zone.
 *
 * @param date          the last day on which the step is in time: the day to act by
 * @param earliest      the first day of a window (a CMH not before day 12), or null
 * @param reminder      the day the practitioner is reminded
 * @param statutoryDate the day the rule names; a PLO "day N" that is not a business day is acted
 *                      on by the last business day before it ({@code date}), and this stays the day N
 */
public record Deadline(LocalDate date, LocalDate earliest, LocalDate reminder, ZoneId zone, LocalDate statutoryDate) {

    /** A deadline acted on on the day the rule names. */
    public Deadline(LocalDate date, LocalDate earliest, LocalDate reminder, ZoneId zone) {
        this(date, earliest, reminder, zone, date);
    }

    /** Whether the day to act by is earlier than the statutory day, which is not a business day. */
    public boolean actedOnEarlier() {
        return date.isBefore(statutoryDate);
    }

    /**
     * The last second of the deadline date, so that the date part reads as the deadline date in
     * the zone and in UTC alike (Tasklist shows the due date; the escalation counts from it).
     */
    public Date dueAt() {
        return Date.from(passed().minusSeconds(1).toInstant());
    }

    /** The first moment at which the step is late. */
    public Date passedAt() {
        return Date.from(passed().toInstant());
    }

    public Date reminderAt() {
        return Date.from(reminder.atStartOfDay(zone).toInstant());
    }

    private ZonedDateTime passed() {
        return date.plusDays(1).atStartOfDay(zone);
    }
}
