package org.careflow.escalation;

import java.util.List;
import java.util.Set;
import org.careflow.steps.DeclaredSteps;

/**
 * The process every overdue step calls (processes/escalation.bpmn), and what it knows: the contract
 * that the models, the oversight view and the metrics share. A step's escalation passes only the case
 * reference; the escalation learns the rest from the declaration of the step it escalates
 * ({@link OverdueSteps#identify}) and keeps it on its row ({@link Escalations}, {@link EscalationFacts}),
 * the team as a variable. The names below are those facts' names: the names the step declarations read
 * them by, and the variables an escalation started before its row was kept still has. They are what
 * the escalation decides by: nobody but the engine writes them.
 */
public final class EscalationProcess {

    public static final String KEY = DeclaredSteps.ESCALATION_PROCESS;
    public static final String TEAM = "team";
    /** The overdue step's name, as people read it. */
    public static final String OVERDUE_STEP = "overdueStep";
    /** The overdue step's task definition key. */
    public static final String OVERDUE_STEP_ID = "overdueStepId";
    public static final String OVERDUE_PROCESS_INSTANCE_ID = "overdueProcessInstanceId";
    /**
     * Where the occurrence of the step that was overdue runs, noted by the engine when the escalation
     * starts: its task's execution, or its sub-process's for a step of several tasks (a decision and
     * its agreement). Each occurrence of a repeating step (a visit) has an execution of its own.
     */
    public static final String OVERDUE_EXECUTION_ID = "overdueExecutionId";
    /**
     * The escalation already under way for the same lateness (the same step, the same deadline): a
     * visit at which the child was not seen opens the next one with the deadline it had, which is
     * still passed, and that is not a second lateness to escalate.
     */
    public static final String ALREADY_ESCALATED_BY = "alreadyEscalatedBy";
    /** The overdue step's due date. */
    public static final String DEADLINE = "deadline";
    /** When the escalation reached heads of service: their review's clock starts there. */
    public static final String REACHED_HEAD_OF_SERVICE_AT = "reachedHeadOfServiceAt";
    /**
     * The deadline the step is now held to: its own {@link #DEADLINE} when the escalation starts, then
     * the end of each new target date the managers record (noted when they record it). Each round of
     * oversight is due, and goes to heads of service, from it; the step escalates again when it passes.
     */
    public static final String TARGET_DEADLINE = "targetDeadline";

    /**
     * The inputs the escalation learns as it starts ({@link OverdueSteps#identify}), each written once
     * and never again: the others change as the escalation goes on. Only the team is a variable of an
     * escalation now; the others were, before its row was kept, and are what the history of those holds.
     */
    public static final Set<String> LEARNT_AT_START = Set.of(TEAM, OVERDUE_STEP, OVERDUE_STEP_ID, OVERDUE_PROCESS_INSTANCE_ID,
            OVERDUE_EXECUTION_ID, ALREADY_ESCALATED_BY, DEADLINE);

    /** The facts on the escalation's row ({@link EscalationFacts#byName()}), by these names. */
    public static final Set<String> KEPT_ON_ITS_ROW = Set.of(OVERDUE_STEP, OVERDUE_STEP_ID, OVERDUE_PROCESS_INSTANCE_ID,
            OVERDUE_EXECUTION_ID, ALREADY_ESCALATED_BY, DEADLINE, TARGET_DEADLINE);

    public static final Set<String> DECIDED_BY_THE_ENGINE = Set.of(ALREADY_ESCALATED_BY, TEAM, OVERDUE_STEP, OVERDUE_STEP_ID,
            OVERDUE_PROCESS_INSTANCE_ID, OVERDUE_EXECUTION_ID, DEADLINE, REACHED_HEAD_OF_SERVICE_AT, TARGET_DEADLINE);

    /**
     * What the managers record (forms/record-oversight.form). The latest is a variable of the
     * escalation; each Record oversight keeps its own as variables of its task, in the history.
     */
    public static final String DELAY_REASON = "delayReason";
    public static final String NEXT_ACTION = "nextAction";
    public static final String NEW_TARGET_DATE = "newTargetDate";
    public static final List<String> OVERSIGHT_RECORD = List.of(DELAY_REASON, NEXT_ACTION, NEW_TARGET_DATE);

    /** The escalation's own tasks. */
    public static final String RECORD_OVERSIGHT = "Task_RecordOversight";
    public static final String REVIEW_ESCALATION = "Task_ReviewEscalation";

    /** Where an escalation stands, as the oversight view and its API show it. */
    public enum Stage {
        NONE("none"),
        AWAITING_OVERSIGHT("awaiting-oversight"),
        OVERSIGHT_RECORDED("oversight-recorded"),
        /** The target date the managers recorded passed with the step still not done: a new round of oversight. */
        TARGET_MISSED("target-missed"),
        WITH_HEAD_OF_SERVICE("with-head-of-service"),
        REVIEWED_BY_HEAD_OF_SERVICE("reviewed-by-head-of-service");

        private final String id;

        Stage(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private EscalationProcess() {
    }
}
