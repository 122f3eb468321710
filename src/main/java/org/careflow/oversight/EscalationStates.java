package org.careflow.oversight;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.escalation.EscalationProcess;
import org.springframework.stereotype.Component;

/**
 * Reads escalations from the history of the escalation processes the overdue steps called, for a
 * page of cases at once: three queries, whatever the number of rows. The cases are those whose
 * steps the user was allowed to see, so their escalations are read without checking each
 * escalation's grants again (on a page of hundreds that check was most of the cost).
 */
@Component
class EscalationStates {


    private final HistoryService historyService;
    private final IdentityService identityService;

    EscalationStates(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** The latest escalation of each process instance of these cases, by the instance that called it. */
    Map<String, EscalationState> latestOf(Collection<String> caseReferences) {
        if (caseReferences.isEmpty()) {
            return Map.of();
        }
        return AsSystem.run(identityService, () -> read(caseReferences));
    }

    private Map<String, EscalationState> read(Collection<String> caseReferences) {
        String[] keys = caseReferences.toArray(String[]::new);
        Map<String, HistoricProcessInstance> latest = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKeyIn(keys).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getSuperProcessInstanceId, escalation -> escalation,
                        (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<String, List<HistoricTaskInstance>> tasks = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKeyIn(keys).list().stream()
                .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
        Map<String, Map<String, Object>> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(latest.values().stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list().stream().filter(variable -> variable.getValue() != null)
                .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                        Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b)));
        Map<String, EscalationState> states = new HashMap<>();
        latest.forEach((caller, escalation) -> states.put(caller, stateOf(
                tasks.getOrDefault(escalation.getId(), List.of()), variables.getOrDefault(escalation.getId(), Map.of()))));
        return states;
    }

    private static EscalationState stateOf(List<HistoricTaskInstance> tasks, Map<String, Object> variables) {
        return new EscalationState(state(tasks), text(variables.get("overdueStep")), text(variables.get("delayReason")),
                text(variables.get("nextAction")), text(variables.get("newTargetDate")));
    }

    private static String state(List<HistoricTaskInstance> tasks) {
        HistoricTaskInstance review = latest(tasks, "Task_ReviewEscalation");
        if (review != null) {
            return review.getEndTime() == null ? "with-head-of-service" : "reviewed-by-head-of-service";
        }
        HistoricTaskInstance oversight = latest(tasks, "Task_RecordOversight");
        return oversight != null && oversight.getEndTime() != null ? "oversight-recorded" : "awaiting-oversight";
    }

    private static HistoricTaskInstance latest(List<HistoricTaskInstance> tasks, String key) {
        return tasks.stream().filter(task -> key.equals(task.getTaskDefinitionKey()))
                .max(Comparator.comparing(HistoricTaskInstance::getStartTime)).orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
