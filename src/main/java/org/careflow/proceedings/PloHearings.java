package org.careflow.proceedings;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.InvalidEventDateException;
import org.springframework.stereotype.Component;

/**
 * Hearing dates as the court lists them (Public Law Outline, PD12A): on a business day, and
 * inside the window of the timescale that governs the hearing, e.g.
 * {@code ${ploHearings.listed(task, 'cmhListedOn', 'plo-cmh', issuedOn)}} for a CMH between day 12 and day 18.
 */
@Component("ploHearings")
public class PloHearings {

    private final DeadlineCalculator calculator;
    private final WorkingDayCalendar calendar;

    PloHearings(DeadlineCalculator calculator, WorkingDayCalendar calendar) {
        this.calculator = calculator;
        this.calendar = calendar;
    }

    /** A hearing listed within a timescale's window; an absent date is left to the form's own rules. */
    public void listed(DelegateTask task, String variable, String timescaleId, Object issuedOn) {
        LocalDate hearing = businessDay(task, variable);
        if (hearing == null) {
            return;
        }
        Deadline window = calculator.deadline(timescaleId, issuedOn);
        if (hearing.isAfter(window.date()) || window.earliest() != null && hearing.isBefore(window.earliest())) {
            throw new InvalidInputException(variable, variable + " " + hearing + " is outside the " + timescaleId + " window: "
                    + (window.earliest() == null ? "by " : "from " + window.earliest() + " to ") + window.date());
        }
    }

    /** A hearing listed on a business day; returns its date, or null when none is given. */
    public LocalDate businessDay(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
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
