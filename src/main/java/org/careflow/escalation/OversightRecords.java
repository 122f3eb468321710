package org.careflow.escalation;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.careflow.timescales.DeadlineCalculator;
import org.springframework.stereotype.Component;

/**
 * Each Record oversight keeps what its managers recorded (why the step is late, what happens next,
 * the new target date) as variables of its own task, so that every target set stays in the history
 * with the task that set it, while the escalation's variables hold the latest. Complete listener of
 * {@code Task_RecordOversight}.
 */
@Component("oversightRecords")
public class OversightRecords {

    private final DeadlineCalculator calculator;

    OversightRecords(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    public void keep(DelegateTask oversight) {
        Map<String, Object> record = new HashMap<>();
        for (String name : EscalationProcess.OVERSIGHT_RECORD) {
            record.put(name, oversight.getVariable(name));
        }
        oversight.setVariablesLocal(record);
    }

    /** The deadline a new target date holds the step to: the end of that day, as a task is due. */
    public Date endOf(Object newTargetDate) {
        return calculator.onDate(newTargetDate, null).dueAt();
    }
}
