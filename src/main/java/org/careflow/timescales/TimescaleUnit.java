package org.careflow.timescales;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a timescale's amount is counted; the DMN table names units in kebab-case. */
public enum TimescaleUnit {

    /** Counted with the working-day rules and the counting switches; negative counts back. */
    WORKING_DAYS("working-days"),
    /** Working days after a deadline (not an event), so the counting switches, which concern events, do not apply. */
    WORKING_DAYS_AFTER_DEADLINE("working-days-after-deadline"),
    CALENDAR_DAYS("calendar-days"),
    /** Whole weeks after the start: a 2-week standard from a Tuesday ends on a Tuesday. */
    WEEKS("weeks"),
    /** "N weeks beginning with" the start: the start is day 1, so the period ends the day before. */
    WEEKS_BEGINNING_WITH("weeks-beginning-with"),
    /** The same day number months later, or the last day of a shorter month. */
    CALENDAR_MONTHS("calendar-months"),
    /** PLO "day N" with the start as day 1, read as calendar or business days (a local switch). */
    COURT_DAYS("court-days");

    private final String dmnValue;

    TimescaleUnit(String dmnValue) {
        this.dmnValue = dmnValue;
    }

    static TimescaleUnit fromDmnValue(String value) {
        return Arrays.stream(values())
                .filter(unit -> unit.dmnValue.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown timescale unit '" + value
                        + "'; expected one of " + Arrays.stream(values())
                                .map(unit -> unit.dmnValue).collect(Collectors.joining(", "))));
    }
}
