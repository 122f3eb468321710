package org.careflow.calendar;

import java.time.ZoneId;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** Calendars built as the application builds them, from the shipped file unless told otherwise. */
public final class TestCalendars {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Resource SHIPPED_FILE = new ClassPathResource("calendar/bank-holidays.json");

    private TestCalendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return calendar(Region.ENGLAND_AND_WALES, SHIPPED_FILE);
    }

    public static WorkingDayCalendar calendar(Region region, Resource bankHolidaysFile) {
        CalendarProperties properties = new CalendarProperties(region, bankHolidaysFile, LONDON);
        return new WorkingDayCalendar(new BankHolidays(properties), properties);
    }
}
