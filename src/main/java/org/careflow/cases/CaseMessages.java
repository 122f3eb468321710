package org.careflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the case's other processes what happened in this one: the message goes to each process of the
 * same case waiting for it, and to none when none is (a child protection plan starting ends the
 * child's child in need plan, if the child has one:
 * {@code ${caseMessages.tell(execution, 'childProtectionPlanStarted')}}). It carries no variables, so
 * nothing of this process is written into another.
 */
@Component("caseMessages")
public class CaseMessages {

    public void tell(DelegateExecution execution, String message) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(execution.getProcessBusinessKey()).correlateAllWithResult();
    }
}
