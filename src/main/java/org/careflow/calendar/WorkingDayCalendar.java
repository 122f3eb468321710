package org.careflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Working days as the Family Procedure Rules and the Care Planning Regulations define them:
 * Monday to Friday, except bank holidays of the configured region.
 */
@Component
public class WorkingDayCalendar {

    private final BankHolidays bankHolidays;
    private final ZoneId zone;

    public WorkingDayCalendar(BankHolidays bankHolidays, CalendarProperties properties) {
        this.bankHolidays = bankHolidays;
        this.zone = properties.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The nth working day after {@code from} (before it when n is negative); {@code from} itself
     * is never counted, so it may be any day.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        int step = Integer.signum(n);
        LocalDate date = from;
        for (int counted = 0; counted != n; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                counted += step;
            }
        }
        return date;
    }

    /** How many working days after {@code from} fall on or before {@code to}: the days a step took. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, -1);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    public ZoneId zone() {
        return zone;
    }
}
