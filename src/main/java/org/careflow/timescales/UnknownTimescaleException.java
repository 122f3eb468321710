package org.careflow.timescales;

import org.careflow.input.RefusedInput;

public class UnknownTimescaleException extends IllegalArgumentException implements RefusedInput {

    public UnknownTimescaleException(String id) {
        super("Unknown timescale '" + id + "': the decision '" + TimescalesDecision.KEY + "' has no rule for it");
    }

    /** A timescale id shows as wrong only when a deadline is computed from it (a plan's visitTimescale): no field. */
    @Override
    public String field() {
        return null;
    }
}
