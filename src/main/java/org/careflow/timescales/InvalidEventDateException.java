package org.careflow.timescales;

import org.careflow.input.RefusedInput;

public class InvalidEventDateException extends IllegalArgumentException implements RefusedInput {

    private final String variableName;

    InvalidEventDateException(String variableName, String rejected) {
        this(variableName, rejected, variableName + " must be an ISO-8601 date (2026-12-24) or date-time with offset"
                + " (2026-12-24T16:00:00Z), not " + rejected);
    }

    private InvalidEventDateException(String variableName, String rejected, String message) {
        super(message);
        this.variableName = variableName;
    }

    /** A date that parses but that no date of a child's case can have: year 1, before 1900, after 9999. */
    static InvalidEventDateException implausible(String variableName, Object rejected) {
        return new InvalidEventDateException(variableName, String.valueOf(rejected), variableName + " must be a date from "
                + EventDates.EARLIEST + " to " + EventDates.LATEST + ", not " + rejected);
    }

    /** The variable the date was read from. */
    public String variableName() {
        return variableName;
    }

    @Override
    public String field() {
        return variableName;
    }
}
