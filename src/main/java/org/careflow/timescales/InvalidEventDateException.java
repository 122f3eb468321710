package org.careflow.timescales;

public class InvalidEventDateException extends IllegalArgumentException {

    InvalidEventDateException(String variableName, String rejected) {
        super(variableName + " must be an ISO-8601 date (2026-12-24) or date-time with offset"
                + " (2026-12-24T16:00:00Z), not " + rejected);
    }
}
