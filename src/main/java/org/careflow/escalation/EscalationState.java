package org.careflow.escalation;

/**
 * Where the latest escalation of an overdue step (its task) stands, and the oversight the managers recorded.
 *
 * @param state the escalation's {@link EscalationProcess.Stage}: none, awaiting-oversight, oversight-recorded, target-missed (the target date the managers
 *              set passed with the step still open: their oversight is asked for again),
 *              with-head-of-service, reviewed-by-head-of-service: where the latest round stands
 * @param newTargetDate the latest target date recorded (when the state is target-missed, the one missed)
 * @param targetsMissed how many target dates the managers set passed with the step still open
 */
public record EscalationState(String state, String overdueStep, String delayReason, String nextAction, String newTargetDate,
                              long targetsMissed) {

    public static final EscalationState NONE = new EscalationState(EscalationProcess.Stage.NONE.id(), null, null, null, null, 0);
}
