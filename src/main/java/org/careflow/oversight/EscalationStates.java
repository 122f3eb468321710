package org.careflow.oversight;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** Reads an escalation from the history of the escalation process the overdue step called. */
@Component
class EscalationStates {

    private final HistoryService historyService;

    EscalationStates(HistoryService historyService) {
        this.historyService = historyService;
    }

    EscalationState latestOf(String processInstanceId) {
        HistoricProcessInstance escalation = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(processInstanceId).processDefinitionKey("escalation").list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .orElse(null);
        if (escalation == null) {
            return EscalationState.NONE;
        }
        Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(escalation.getId()).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getTaskDefinitionKey, task -> task, (a, b) -> b));
        Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(escalation.getId()).list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
        return new EscalationState(stateOf(tasks), text(variables.get("overdueStep")), text(variables.get("delayReason")),
                text(variables.get("nextAction")), text(variables.get("newTargetDate")));
    }

    private static String stateOf(Map<String, HistoricTaskInstance> tasks) {
        HistoricTaskInstance review = tasks.get("Task_ReviewEscalation");
        if (review != null) {
            return review.getEndTime() == null ? "with-head-of-service" : "reviewed-by-head-of-service";
        }
        HistoricTaskInstance oversight = tasks.get("Task_RecordOversight");
        return oversight != null && oversight.getEndTime() != null ? "oversight-recorded" : "awaiting-oversight";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
