package org.careflow.escalation;

import java.util.Set;

/**
 * The process every overdue step calls (processes/escalation.bpmn), and what it is given. Its
 * inputs are what the escalation decides by: nobody but the engine writes them.
 */
public final class EscalationProcess {

    public static final String KEY = "escalation";
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
    /** The overdue step's due date. */
    public static final String DEADLINE = "deadline";
    /** When the escalation reached heads of service: their review's clock starts there. */
    public static final String REACHED_HEAD_OF_SERVICE_AT = "reachedHeadOfServiceAt";

    public static final Set<String> DECIDED_BY_THE_ENGINE = Set.of(TEAM, OVERDUE_STEP, OVERDUE_STEP_ID,
            OVERDUE_PROCESS_INSTANCE_ID, OVERDUE_EXECUTION_ID, DEADLINE, REACHED_HEAD_OF_SERVICE_AT);

    /** The escalation's own tasks. */
    public static final String RECORD_OVERSIGHT = "Task_RecordOversight";
    public static final String REVIEW_ESCALATION = "Task_ReviewEscalation";

    private EscalationProcess() {
    }
}
