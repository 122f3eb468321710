package org.careflow.escalation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Each Record oversight keeps what its managers recorded (why the step is late, what happens next,
 * the new target date) as variables of its own task, so that every target set stays in the history
 * with the task that set it, while the escalation's variables hold the latest. Complete listener of
 * {@code Task_RecordOversight}.
 */
@Component("oversightRecords")
public class OversightRecords {

    public void keep(DelegateTask oversight) {
        Map<String, Object> record = new HashMap<>();
        for (String name : EscalationProcess.OVERSIGHT_RECORD) {
            record.put(name, oversight.getVariable(name));
        }
        oversight.setVariablesLocal(record);
    }
}
