package org.careflow.oversight;

/**
 * Where the latest escalation of an overdue step (its task) stands, and the oversight the managers recorded.
 *
 * @param state none, awaiting-oversight, oversight-recorded, with-head-of-service, reviewed-by-head-of-service
 */
record EscalationState(String state, String overdueStep, String delayReason, String nextAction, String newTargetDate) {

    static final EscalationState NONE = new EscalationState("none", null, null, null, null);
}
