package org.careflow.escalation;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * What an escalation knows of the step it escalates, learnt as it starts ({@link OverdueSteps#identify})
 * and kept on its row ({@link Escalations}). Only {@link #targetDeadline} changes afterwards.
 *
 * @param id                       the escalation's process instance
 * @param overdueStep              the overdue step's name, as people read it
 * @param overdueStepId            its element in its model
 * @param overdueProcessInstanceId the process instance it waits in
 * @param overdueExecutionId       where the occurrence that was overdue runs ({@link EscalationProcess#OVERDUE_EXECUTION_ID})
 * @param deadline                 the step's due date
 * @param targetDeadline           the deadline the step is held to now ({@link EscalationProcess#TARGET_DEADLINE})
 * @param alreadyEscalatedBy       the escalation of the same lateness that came first, if one did
 */
public record EscalationFacts(String id, String overdueStep, String overdueStepId, String overdueProcessInstanceId,
        String overdueExecutionId, Date deadline, Date targetDeadline, String alreadyEscalatedBy) {

    /**
     * Each fact under the name the escalation's variable had before its row was kept: the names its
     * step declarations read by ({@code careflow.clockStartsFrom="targetDeadline"}).
     */
    public Map<String, Object> byName() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(EscalationProcess.OVERDUE_STEP, overdueStep);
        facts.put(EscalationProcess.OVERDUE_STEP_ID, overdueStepId);
        facts.put(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID, overdueProcessInstanceId);
        facts.put(EscalationProcess.OVERDUE_EXECUTION_ID, overdueExecutionId);
        facts.put(EscalationProcess.DEADLINE, deadline);
        facts.put(EscalationProcess.TARGET_DEADLINE, targetDeadline);
        facts.put(EscalationProcess.ALREADY_ESCALATED_BY, alreadyEscalatedBy);
        facts.values().removeIf(value -> value == null);
        return facts;
    }
}
