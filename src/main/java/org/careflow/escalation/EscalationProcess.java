package org.careflow.escalation;

/** The process every overdue step calls (processes/escalation.bpmn), and what it is given. */
public final class EscalationProcess {

    public static final String KEY = "escalation";
    /** The overdue step's due date. */
    public static final String DEADLINE = "deadline";

    private EscalationProcess() {
    }
}
