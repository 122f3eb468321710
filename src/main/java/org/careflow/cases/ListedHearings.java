package org.careflow.cases;

import java.time.LocalDate;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.InvalidEventDateException;
import org.springframework.stereotype.Component;

/**
 * The dates hearings are listed for ({@link CaseVariables#LISTED_HEARINGS}): planned, so they may be
 * ahead, but on a business day, as the court lists them or relists them.
 */
@Component
public class ListedHearings {

    private final WorkingDayCalendar calendar;

    ListedHearings(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The hearing's date, refused naming the variable when it is not a date or not a business day. */
    public LocalDate businessDay(String variable, Object value) {
        LocalDate hearing;
        try {
            hearing = EventDates.parse(variable, value).date(calendar.zone());
        } catch (InvalidEventDateException e) {
            throw new InvalidInputException(variable, e.getMessage());
        }
        if (!calendar.isWorkingDay(hearing)) {
            throw new InvalidInputException(variable, variable + " " + hearing + " (" + hearing.getDayOfWeek()
                    + ") is not a business day: courts do not sit then");
        }
        return hearing;
    }
}
