package org.careflow.timescales;

public class UnknownTimescaleException extends IllegalArgumentException {

    public UnknownTimescaleException(String id) {
        super("Unknown timescale '" + id + "': the decision '" + TimescalesDecision.KEY + "' has no rule for it");
    }
}
