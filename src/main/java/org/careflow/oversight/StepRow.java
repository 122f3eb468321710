package org.careflow.oversight;

import java.time.LocalDate;
import org.careflow.escalation.EscalationState;

/**
 * One open statutory step a manager should see: overdue, or inside its reminder window.
 *
 * @param childName the child's name as the referral recorded it (none for a case moved in without it)
 * @param workingDays working days overdue (overdue) or left (due soon)
 */
record StepRow(String caseReference, String childName, String team, String step, String taskId, String taskDefinitionKey,
               String processDefinitionKey, String worker, LocalDate deadline, String status, int workingDays,
               EscalationState escalation) {

    static final String OVERDUE = "overdue";
    static final String DUE_SOON = "due-soon";
    static final String UNALLOCATED = "unallocated";
}
