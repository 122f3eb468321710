package org.careflow.escalation;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/** Asked by the escalation process before it goes to a head of service: is the step still not done? */
@Component("overdueSteps")
public class OverdueSteps {

    private final HistoryService historyService;

    OverdueSteps(HistoryService historyService) {
        this.historyService = historyService;
    }

    public boolean stillOpen(String processInstanceId, String stepId) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityId(stepId)
                .unfinished()
                .count() > 0;
    }
}
