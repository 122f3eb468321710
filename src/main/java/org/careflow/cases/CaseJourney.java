package org.careflow.cases;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.careflow.children.ChildVariables;
import org.springframework.stereotype.Component;

/**
 * One journey per child: a message end event whose message is named after a process key
 * ({@code assessment}, {@code section47}, ...) starts that process for the same case, with its
 * team, the child (its identifier and name) and the variables the event names as its input parameters (the dates the next clocks run
 * from), nothing else: another process's answers must not fill in the next one's forms. The next
 * process starts through the same door as any other ({@code caseStart}), checked the same way. A
 * process the case already runs is not started twice: a strategy discussion held during the
 * assessment has its enquiry under way when the assessment then recommends one.
 */
@Component("caseJourney")
public class CaseJourney implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String nextProcess = nextProcessOf(execution);
        RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(nextProcess)
                .processInstanceBusinessKey(execution.getProcessBusinessKey()).count() > 0) {
            return;
        }
        Map<String, Object> handedOver = new HashMap<>(execution.getVariablesLocal());
        handedOver.put(CaseVariables.TEAM, execution.getVariable(CaseVariables.TEAM));
        ChildVariables.CARRIED.forEach(variable -> handedOver.putIfAbsent(variable, execution.getVariable(variable)));
        runtimeService.startProcessInstanceByKey(nextProcess, execution.getProcessBusinessKey(), handedOver);
    }

    private static String nextProcessOf(DelegateExecution execution) {
        ThrowEvent event = (ThrowEvent) execution.getBpmnModelElementInstance();
        return event.getEventDefinitions().stream()
                .filter(MessageEventDefinition.class::isInstance)
                .map(definition -> ((MessageEventDefinition) definition).getMessage().getName())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        event.getId() + " continues the case but names no message (the next process key)"));
    }
}
