package org.careflow.timescales;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Records, when a step is done, whether it was done in time, so that both the statutory measure
 * and the DfE's can be reported: {@code ${timeliness.record(execution, 'assessment-kpi', assessmentStartedOn, null)}}
 * sets {@code assessmentKpiDeadline}, {@code assessmentKpiDoneOn}, {@code assessmentKpiWorkingDays}
 * and {@code assessmentKpiMet}.
 */
@Component("timeliness")
public class Timeliness {

    private final DeadlineCalculator calculator;
    private final WorkingDayCalendar calendar;

    Timeliness(DeadlineCalculator calculator, WorkingDayCalendar calendar) {
        this.calculator = calculator;
        this.calendar = calendar;
    }

    /**
     * @param doneOn when the step was done (a date or date-time, as {@link EventDates} reads them);
     *               {@code null} for now
     */
    public void record(DelegateExecution execution, String timescaleId, Object clockStart, Object doneOn) {
        Deadline deadline = calculator.deadline(timescaleId, clockStart);
        LocalDate started = EventDates.parse("The clock start of " + timescaleId, clockStart).date(calendar.zone());
        LocalDate done = EventDates.parse("The day " + timescaleId + " was done",
                doneOn == null ? EngineClock.nowAsDate() : doneOn).date(calendar.zone());
        String prefix = variablePrefix(timescaleId);
        execution.setVariable(prefix + "Deadline", deadline.date().toString());
        execution.setVariable(prefix + "DoneOn", done.toString());
        execution.setVariable(prefix + "WorkingDays", calendar.workingDaysBetween(started, done));
        execution.setVariable(prefix + "Met", !done.isAfter(deadline.date()));
    }

    /** {@code assessment-kpi} becomes {@code assessmentKpi}. */
    static String variablePrefix(String timescaleId) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = false;
        for (char c : timescaleId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                prefix.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return prefix.toString();
    }
}
