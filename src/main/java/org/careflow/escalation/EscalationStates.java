package org.careflow.escalation;

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
import org.careflow.escalation.EscalationProcess.Stage;
import org.careflow.organisation.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Reads escalations from the history of the escalation processes the overdue steps called, for a
 * page of cases at once: three queries, whatever the number of rows; each escalation is matched to
 * the occurrence of the step that was overdue, which the engine noted when it started ({@link EscalationFacts#overdueExecutionId()}). The cases are those whose
 * steps the user was allowed to see, so their escalations are read without checking each
 * escalation's grants again (on a page of hundreds that check was most of the cost). Oversight shows
 * them with the steps.
 */
@Component
public class EscalationStates {

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final Escalations escalationFacts;

    EscalationStates(HistoryService historyService, IdentityService identityService, Escalations escalationFacts) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.escalationFacts = escalationFacts;
    }

    /** The latest escalation of each overdue step's occurrence of these cases, by the execution it runs in. */
    public Map<String, EscalationState> latestOf(Collection<String> caseReferences) {
        if (caseReferences.isEmpty()) {
            return Map.of();
        }
        return AsSystem.run(identityService, () -> read(caseReferences));
    }

    private Map<String, EscalationState> read(Collection<String> caseReferences) {
        String[] keys = caseReferences.toArray(String[]::new);
        List<HistoricProcessInstance> escalations = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKeyIn(keys).list();
        if (escalations.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(escalations.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                // The escalation's own variables: the latest oversight. Each Record oversight also keeps
                // its record on its task, for the history of every target set.
                .list().stream().filter(variable -> variable.getValue() != null && variable.getTaskId() == null)
                .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                        Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b)));
        // what each escalates is on its row (or, begun before rows were kept, among those variables)
        escalationFacts.of(escalations.stream().map(HistoricProcessInstance::getId).toList()).forEach((id, facts) ->
                variables.computeIfAbsent(id, none -> new HashMap<>()).putAll(facts.byName()));
        // Oversight belongs to the occurrence of the step that was overdue: a plan's visit and its
        // core group, or this visit and the last one, each have escalations of their own.
        Map<String, HistoricProcessInstance> latestByOccurrence = escalations.stream()
                .filter(escalation -> overdueOccurrenceOf(escalation, variables) != null)
                .collect(Collectors.toMap(escalation -> overdueOccurrenceOf(escalation, variables), escalation -> escalation,
                        (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
        Map<String, List<HistoricTaskInstance>> tasks = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKeyIn(keys).list().stream()
                .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
        Map<String, EscalationState> states = new HashMap<>();
        latestByOccurrence.forEach((occurrence, escalation) -> {
            // A lateness escalated once already (a visit at which the child was not seen) stands as it was escalated
            String escalated = (String) variables.getOrDefault(escalation.getId(), Map.of())
                    .getOrDefault(EscalationProcess.ALREADY_ESCALATED_BY, escalation.getId());
            states.put(occurrence, stateOf(tasks.getOrDefault(escalated, List.of()), variables.getOrDefault(escalated, Map.of())));
        });
        return states;
    }

    private static String overdueOccurrenceOf(HistoricProcessInstance escalation, Map<String, Map<String, Object>> variables) {
        return (String) variables.getOrDefault(escalation.getId(), Map.of()).get(EscalationProcess.OVERDUE_EXECUTION_ID);
    }

    private static EscalationState stateOf(List<HistoricTaskInstance> tasks, Map<String, Object> variables) {
        long oversightRounds = tasks.stream().filter(task -> EscalationProcess.RECORD_OVERSIGHT.equals(task.getTaskDefinitionKey())).count();
        return new EscalationState(state(tasks, oversightRounds), text(variables.get(EscalationProcess.OVERDUE_STEP)),
                text(variables.get(EscalationProcess.DELAY_REASON)), text(variables.get(EscalationProcess.NEXT_ACTION)),
                text(variables.get(EscalationProcess.NEW_TARGET_DATE)), Math.max(0, oversightRounds - 1));
    }

    /**
     * Where the latest round stands: each target date missed opens a new Record oversight, so the
     * latest one and a review that came after it say where the step is now.
     */
    private static String state(List<HistoricTaskInstance> tasks, long oversightRounds) {
        HistoricTaskInstance oversight = latest(tasks, EscalationProcess.RECORD_OVERSIGHT);
        HistoricTaskInstance review = latest(tasks, EscalationProcess.REVIEW_ESCALATION);
        if (review != null && (oversight == null || !review.getStartTime().before(oversight.getStartTime()))) {
            return (review.getEndTime() == null ? Stage.WITH_HEAD_OF_SERVICE : Stage.REVIEWED_BY_HEAD_OF_SERVICE).id();
        }
        if (oversight != null && oversight.getEndTime() != null) {
            return Stage.OVERSIGHT_RECORDED.id();
        }
        return (oversightRounds > 1 ? Stage.TARGET_MISSED : Stage.AWAITING_OVERSIGHT).id();
    }

    private static HistoricTaskInstance latest(List<HistoricTaskInstance> tasks, String key) {
        return tasks.stream().filter(task -> key.equals(task.getTaskDefinitionKey()))
                .max(Comparator.comparing(HistoricTaskInstance::getStartTime)).orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
