package org.careflow.timescales;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions: a task's due date, its reminder and its escalation timer all
 * come from the same computation, so they cannot disagree. For example
 * {@code camunda:dueDate="${deadlines.due('referral-decision', referralReceivedAt)}"} with the
 * boundary timer {@code ${deadlines.passed('referral-decision', referralReceivedAt)}}.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineCalculator calculator;

    public Deadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** The last second of the deadline date in the calendar's zone (23:59:59 Europe/London). */
    public Date due(String timescaleId, Object clockStart) {
        return calculator.deadline(timescaleId, clockStart).dueAt();
    }

    /** The first moment the step is late (00:00 the day after the deadline): the escalation timer. */
    public Date passed(String timescaleId, Object clockStart) {
        return calculator.deadline(timescaleId, clockStart).passedAt();
    }

    /** The start of the reminder day: a task's follow-up date. */
    public Date reminder(String timescaleId, Object clockStart) {
        return calculator.deadline(timescaleId, clockStart).reminderAt();
    }

    /**
     * A chain of events such as review conferences: the first runs on {@code firstTimescaleId} from
     * {@code firstClockStart}; once one has been held, the next runs on {@code nextTimescaleId} from
     * the actual date it was held ({@code lastHeldOn}), never from the previous due date.
     */
    public Date dueInChain(String firstTimescaleId, Object firstClockStart, String nextTimescaleId, Object lastHeldOn) {
        return lastHeldOn == null ? due(firstTimescaleId, firstClockStart) : due(nextTimescaleId, lastHeldOn);
    }

    public Date passedInChain(String firstTimescaleId, Object firstClockStart, String nextTimescaleId, Object lastHeldOn) {
        return lastHeldOn == null ? passed(firstTimescaleId, firstClockStart) : passed(nextTimescaleId, lastHeldOn);
    }

    public Date reminderInChain(String firstTimescaleId, Object firstClockStart, String nextTimescaleId, Object lastHeldOn) {
        return lastHeldOn == null ? reminder(firstTimescaleId, firstClockStart) : reminder(nextTimescaleId, lastHeldOn);
    }

    /** The deadline date itself, as an ISO date: for a period that later moves (proceedings extended). */
    public String date(String timescaleId, Object clockStart) {
        return calculator.deadline(timescaleId, clockStart).date().toString();
    }

    /** The end of a deadline that is a date already, as {@link #due} gives it. */
    public Date dueOn(Object date) {
        return calculator.onDate(date, null).dueAt();
    }

    public Date passedOn(Object date) {
        return calculator.onDate(date, null).passedAt();
    }

    /** The reminder for a deadline that is a date already, with the notice of {@code timescaleId}. */
    public Date reminderOn(String timescaleId, Object date) {
        return calculator.onDate(date, timescaleId).reminderAt();
    }
}
