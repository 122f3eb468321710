package org.careflow.timescales;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.careflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The one place that turns a timescale id and the event that starts its clock into a deadline. */
@Component
public class DeadlineCalculator {

    private final Timescales timescales;
    private final WorkingDayCalendar calendar;
    private final CountingProperties counting;

    public DeadlineCalculator(Timescales timescales, WorkingDayCalendar calendar, CountingProperties counting) {
        this.timescales = timescales;
        this.calendar = calendar;
        this.counting = counting;
    }

    /**
     * @param clockStart the event that starts the clock; see {@link EventDates} for the accepted forms
     * @throws UnknownTimescaleException  when no timescale has this id
     * @throws InvalidEventDateException  when the clock start is not a date or an instant
     */
    public Deadline deadline(String timescaleId, Object clockStart) {
        Timescale timescale = timescales.get(timescaleId);
        EventTime event = EventDates.parse("The clock start of " + timescaleId, clockStart);
        LocalDate statutory = dayAfter(timescale, event, timescale.amount());
        LocalDate earliest = timescale.earliest() == null ? null : dayAfter(timescale, event, timescale.earliest());
        LocalDate date = timescale.unit() == TimescaleUnit.COURT_DAYS ? actBy(statutory, event.date(zone())) : statutory;
        return new Deadline(date, earliest, reminder(timescale, event.date(zone()), date), zone(), statutory);
    }

    /**
     * A PLO "by day N" (or the last day of a window) that is not a business day is acted on by the last
     * business day on or before it; never before the day of issue (day 1), which an issue on a
     * weekend or holiday would otherwise give.
     */
    private LocalDate actBy(LocalDate statutoryDay, LocalDate issue) {
        LocalDate actBy = calendar.lastWorkingDayOnOrBefore(statutoryDay);
        return actBy.isBefore(issue) ? issue : actBy;
    }

    /**
     * A deadline that is a date already (the end of proceedings as extended, a hearing as listed),
     * reminded as {@code reminderTimescaleId} reminds.
     */
    public Deadline onDate(Object date, String reminderTimescaleId) {
        LocalDate day = EventDates.parse("The deadline date", date).date(zone());
        int notice = reminderTimescaleId == null ? 0 : timescales.get(reminderTimescaleId).reminderWorkingDays();
        LocalDate reminder = calendar.addWorkingDays(calendar.lastWorkingDayOnOrBefore(day), -notice);
        return new Deadline(day, null, reminder, zone());
    }

    /**
     * An extension of a statutory period (care proceedings, s32(5) Children Act 1989) by a number of
     * weeks: it runs from the later of the current end and the day it was granted, for the weeks
     * granted, at most the amount of the timescale {@code extension}.
     */
    public LocalDate extend(String extensionTimescaleId, Object currentEnd, Object grantedOn, int weeksGranted) {
        Timescale extension = timescales.get(extensionTimescaleId);
        if (weeksGranted < 1 || weeksGranted > extension.amount()) {
            throw new IllegalArgumentException("An extension is of 1 to " + extension.amount() + " weeks, not " + weeksGranted);
        }
        return dayAfter(extension, new EventTime.OnDate(extensionStart(currentEnd, grantedOn)), weeksGranted);
    }

    /**
     * An extension to the date the court set. s32(8): it ends no more than the timescale
     * {@code extension} after the later of the current end and the day it was granted (the ceiling);
     * and it ends after the current end, and not before the day it was granted.
     */
    public LocalDate extendTo(String extensionTimescaleId, Object currentEnd, Object grantedOn, Object endsOn) {
        LocalDate ends = EventDates.parse("The date the extension ends", endsOn).date(zone());
        LocalDate end = EventDates.parse("The current end", currentEnd).date(zone());
        LocalDate granted = EventDates.parse("The day the extension was granted", grantedOn).date(zone());
        LocalDate ceiling = extensionCeiling(extensionTimescaleId, currentEnd, grantedOn);
        if (ends.isAfter(ceiling)) {
            throw new IllegalArgumentException("An extension ends no more than " + timescales.get(extensionTimescaleId).amount()
                    + " weeks after the later of the current end (" + end + ") and the day it was granted (" + granted
                    + "): by " + ceiling + ", not " + ends);
        }
        if (!ends.isAfter(end)) {
            throw new IllegalArgumentException("An extension ends after the current end (" + end + "), not on " + ends);
        }
        if (ends.isBefore(granted)) {
            throw new IllegalArgumentException("An extension cannot end (" + ends + ") before the day it was granted (" + granted + ")");
        }
        return ends;
    }

    /** The latest day an extension granted on {@code grantedOn} may end (s32(8)). */
    public LocalDate extensionCeiling(String extensionTimescaleId, Object currentEnd, Object grantedOn) {
        Timescale extension = timescales.get(extensionTimescaleId);
        return dayAfter(extension, new EventTime.OnDate(extensionStart(currentEnd, grantedOn)), extension.amount());
    }

    private LocalDate extensionStart(Object currentEnd, Object grantedOn) {
        LocalDate end = EventDates.parse("The current end", currentEnd).date(zone());
        LocalDate granted = EventDates.parse("The day the extension was granted", grantedOn).date(zone());
        return granted.isAfter(end) ? granted : end;
    }

    private LocalDate dayAfter(Timescale timescale, EventTime event, int amount) {
        LocalDate start = event.date(zone());
        return switch (timescale.unit()) {
            case WORKING_DAYS -> workingDaysAfter(event, amount, timescale.fromReceipt());
            case WORKING_DAYS_AFTER_DEADLINE -> calendar.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case WEEKS_BEGINNING_WITH -> start.plusWeeks(amount).minusDays(1);
            case CALENDAR_MONTHS -> start.plusMonths(amount);
            case COURT_DAYS -> courtDay(start, amount);
        };
    }

    private LocalDate workingDaysAfter(EventTime event, int amount, boolean fromReceipt) {
        if (amount <= 0) {
            // Counted back from a hearing: the switches are about when something was received, which does not apply.
            // Clear days (FPR r2.9) count neither the hearing's day nor the meeting's: one business day earlier.
            boolean clearDays = amount < 0 && counting.advocatesMeetingDays() == CountingProperties.AdvocatesMeetingDays.CLEAR_DAYS;
            return calendar.addWorkingDays(event.date(zone()), clearDays ? amount - 1 : amount);
        }
        LocalDate received = fromReceipt ? deemedReceived(event) : event.date(zone());
        return switch (counting.eventDay()) {
            case DAY_ZERO -> calendar.addWorkingDays(received, amount);
            case DAY_ONE -> calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(received), amount - 1);
        };
    }

    /**
     * The day a receipt counts from under the out-of-hours switch: one on a day that is not a working
     * day, or after the working day has ended, is deemed received on the next working day; one before
     * the working day starts is received that day, in time for it; a date without a time is never out
     * of hours.
     */
    private LocalDate deemedReceived(EventTime event) {
        LocalDate date = event.date(zone());
        if (counting.outOfHours() == CountingProperties.OutOfHours.AS_RECEIVED) {
            return date;
        }
        if (!calendar.isWorkingDay(date)) {
            return calendar.nextWorkingDayOnOrAfter(date);
        }
        boolean afterHours = event.hasTimeOfDay()
                && !event.instant(zone()).atZone(zone()).toLocalTime().isBefore(counting.workingHoursEnd());
        return afterHours ? calendar.addWorkingDays(date, 1) : date;
    }

    private LocalDate courtDay(LocalDate issue, int day) {
        return switch (counting.courtDays()) {
            case CALENDAR -> issue.plusDays(day - 1L);
            case BUSINESS -> calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(issue), day - 1);
        };
    }

    private LocalDate reminder(Timescale timescale, LocalDate clockStartDate, LocalDate deadline) {
        LocalDate reminder = calendar.addWorkingDays(
                calendar.lastWorkingDayOnOrBefore(deadline), -timescale.reminderWorkingDays());
        // A reminder before the clock started would already be overdue when the task appears, so a short
        // timescale reminds on its first day instead. A deadline counted back lies before its clock start
        // (the hearing), and keeps its reminder.
        boolean countedForward = !deadline.isBefore(clockStartDate);
        return countedForward && reminder.isBefore(clockStartDate) ? clockStartDate : reminder;
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
