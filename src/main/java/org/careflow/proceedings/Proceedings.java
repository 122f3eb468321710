package org.careflow.proceedings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.PastEvents;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.DeadlineCalculator;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.OpenDeadlines;
import org.springframework.stereotype.Component;

/**
 * The 26 weeks of care proceedings as they move: each extension granted by the court sets a new
 * end ({@code proceedingsEndOn}), every open deadline that depends on it moves with it, and the
 * watch on the end is armed again.
 */
@Component("proceedings")
public class Proceedings {

    static final String END = "proceedingsEndOn";
    static final String EXTENDED = "ProceedingsExtended";
    static final String BY_DATE = "date";

    private final DeadlineCalculator calculator;
    private final OpenDeadlines openDeadlines;
    private final PastEvents pastEvents;
    private final WorkingDayCalendar calendar;

    Proceedings(DeadlineCalculator calculator, OpenDeadlines openDeadlines, PastEvents pastEvents,
                WorkingDayCalendar calendar) {
        this.calculator = calculator;
        this.openDeadlines = openDeadlines;
        this.pastEvents = pastEvents;
        this.calendar = calendar;
    }

    /**
     * Called when an extension is recorded: {@code ${proceedings.extend(task)}}. The court extends to a
     * date ({@code extensionBy} {@code date}: {@code extensionEndsOn}, within the s32(8) ceiling and after
     * the current end) or by weeks (otherwise: {@code extensionWeeks}, 1 to 8).
     */
    public void extend(DelegateTask task) {
        pastEvents.checkOne("extensionGrantedOn", task.getVariable("extensionGrantedOn"));
        Object currentEnd = task.getVariable(END);
        Object grantedOn = task.getVariable("extensionGrantedOn");
        String newEnd;
        if (BY_DATE.equals(task.getVariable("extensionBy"))) {
            try {
                newEnd = calculator.extendTo("extension", currentEnd, grantedOn, task.getVariable("extensionEndsOn")).toString();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("extensionEndsOn", "extensionEndsOn: " + e.getMessage());
            }
            // the weeks of an earlier extension by weeks do not describe this one
            task.getExecution().setVariable("extensionWeeks", null);
        } else {
            newEnd = byWeeks(task, currentEnd, grantedOn);
            task.getExecution().setVariable("extensionEndsOn", null);
        }
        task.getExecution().setVariable("proceedingsEndBeforeExtension", task.getVariable(END));
        task.getExecution().setVariable(END, newEnd);
        Object count = task.getVariable("extensionCount");
        task.getExecution().setVariable("extensionCount", count instanceof Number n ? n.intValue() + 1 : 1);
        openDeadlines.recompute(task.getProcessInstanceId());
        // Re-arms the watch on the end where it had already passed and escalated (the model's
        // Event_ProceedingsExtendedAfterEnd); a timer that has not fired was moved just above.
        task.getProcessEngineServices().getRuntimeService().createMessageCorrelation(EXTENDED)
                .processInstanceId(task.getProcessInstanceId()).correlateAll();
    }

    private String byWeeks(DelegateTask task, Object currentEnd, Object grantedOn) {
        Object weeks = task.getVariable("extensionWeeks");
        if (!(weeks instanceof Number granted) || granted.doubleValue() != Math.rint(granted.doubleValue())) {
            throw new InvalidInputException("extensionWeeks", "extensionWeeks must be a whole number of weeks, not " + weeks);
        }
        try {
            return calculator.extend("extension", currentEnd, grantedOn, granted.intValue()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("extensionWeeks", e.getMessage());
        }
    }

    /** The length of proceedings in weeks, the day of issue counting as the first day. */
    public double weeks(Object issuedOn, Object concludedOn) {
        LocalDate issued = EventDates.parse("issuedOn", issuedOn).date(calendar.zone());
        LocalDate concluded = EventDates.parse("finalHearingOn", concludedOn).date(calendar.zone());
        long days = ChronoUnit.DAYS.between(issued, concluded) + 1;
        return Math.round(days / 7.0 * 10) / 10.0;
    }
}
