package org.careflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.springframework.stereotype.Component;

/**
 * One journey per child: a message end event whose message is named after a process key
 * ({@code assessment}, {@code section47}, ...) starts that process for the same case, with the
 * case's record so far. The next process starts through the same door as any other
 * ({@code caseStart}), so what it needs is checked the same way.
 */
@Component("caseJourney")
public class CaseJourney implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String nextProcess = nextProcessOf(execution);
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
                nextProcess, execution.getProcessBusinessKey(), execution.getVariables());
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
