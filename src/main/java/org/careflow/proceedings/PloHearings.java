package org.careflow.proceedings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.careflow.cases.ListedHearings;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;
import org.springframework.stereotype.Component;

/**
 * Hearing dates as the court lists them (Public Law Outline, PD12A): on a business day, and
 * inside the window of the timescale that governs the hearing, e.g.
 * {@code ${ploHearings.listed(task, 'cmhListedOn', 'plo-cmh', issuedOn)}} for a CMH between day 12 and day 18.
 */
@Component("ploHearings")
public class PloHearings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final DeadlineCalculator calculator;
    private final ListedHearings listedHearings;

    PloHearings(DeadlineCalculator calculator, ListedHearings listedHearings) {
        this.calculator = calculator;
        this.listedHearings = listedHearings;
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
                    + (window.earliest() == null ? "by " : "from " + window.earliest() + " to ") + window.date()
                    + (window.actedOnEarlier() ? " (the statutory day " + window.statutoryDate() + " is not a business day)" : ""));
        }
    }

    /**
     * What a PLO step's task says about its days, as its description:
     * {@code ${ploHearings.describe('plo-fcmh', issuedOn)}}. A statutory day that is not a business day
     * is named, with the business day before it by which to act (the task's due date).
     */
    public String describe(String timescaleId, Object issuedOn) {
        Deadline deadline = calculator.deadline(timescaleId, issuedOn);
        String statutory = (deadline.earliest() == null ? "Statutory day: " : "Window: " + DAY.format(deadline.earliest()) + " to ")
                + DAY.format(deadline.statutoryDate());
        return deadline.actedOnEarlier()
                ? statutory + ", not a business day, so by " + DAY.format(deadline.date()) + " (" + timescaleId + ")."
                : statutory + " (" + timescaleId + ").";
    }

    /** A hearing listed on a business day; returns its date, or null when none is given. */
    public LocalDate businessDay(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return listedHearings.businessDay(variable, value);
    }
}
