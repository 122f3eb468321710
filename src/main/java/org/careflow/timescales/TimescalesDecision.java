package org.careflow.timescales;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;

/** The shape of the {@code timescales} decision table in {@code processes/timescales.dmn}. */
public final class TimescalesDecision {

    public static final String KEY = "timescales";
    public static final String INPUT = "timescale";

    private TimescalesDecision() {
    }

    static Timescale toTimescale(String id, DmnDecisionTableResult result) {
        DmnDecisionRuleResult rule = result.getSingleResult();
        if (rule == null) {
            throw new UnknownTimescaleException(id);
        }
        try {
            // an empty cell (no window) leaves its output out of the result
            Number earliest = (Number) rule.get("earliest");
            return new Timescale(id,
                    ((Number) rule.get("amount")).intValue(),
                    TimescaleUnit.fromDmnValue((String) rule.get("unit")),
                    earliest == null ? null : earliest.intValue(),
                    ((Number) rule.get("reminderWorkingDays")).intValue(),
                    Boolean.TRUE.equals(rule.get("fromReceipt")));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The rule for timescale '" + id + "' in the decision '" + KEY
                    + "' is incomplete or wrong: " + e.getMessage(), e);
        }
    }
}
