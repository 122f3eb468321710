package org.careflow.replay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timeliness as the figures are made of it: for each timescale, team and month a step was done in,
 * how many were done on time, how many late, and the working days they were late by in all. The
 * replay builds one from what it simulated and one from the ledger and requires them equal; the same
 * value can be built from the timeliness API's figures and compared alike.
 */
public record TimelinessTruth(Map<Cell, Tally> cells) {

    public TimelinessTruth {
        cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    }

    /** @param timescale the timescale id; {@value Cell#NO_TIMESCALE} for a step held to a date alone (an IRH as listed) */
    public record Cell(String timescale, String team, YearMonth month) implements Comparable<Cell> {

        public static final String NO_TIMESCALE = "none";

        public Cell {
            timescale = timescale == null ? NO_TIMESCALE : timescale;
        }

        @Override
        public int compareTo(Cell other) {
            int byTimescale = timescale.compareTo(other.timescale);
            int byTeam = byTimescale != 0 ? byTimescale : String.valueOf(team).compareTo(String.valueOf(other.team));
            return byTeam != 0 ? byTeam : month.compareTo(other.month);
        }
    }

    public record Tally(int onTime, int late, int workingDaysLate) {

        Tally plus(Tally other) {
            return new Tally(onTime + other.onTime, late + other.late, workingDaysLate + other.workingDaysLate);
        }
    }

    /** The same figures per timescale only, all teams and months together. */
    public Map<String, Tally> byTimescale() {
        Map<String, Tally> totals = new TreeMap<>();
        cells.forEach((cell, tally) -> totals.merge(cell.timescale(), tally, Tally::plus));
        return totals;
    }

    /** Collects done steps one by one. */
    static final class Builder {

        private final Map<Cell, Tally> cells = new TreeMap<>();

        Builder done(String timescale, String team, LocalDate doneOn, boolean onTime, int workingDaysLate) {
            cells.merge(new Cell(timescale, team, YearMonth.from(doneOn)),
                    onTime ? new Tally(1, 0, 0) : new Tally(0, 1, workingDaysLate), Tally::plus);
            return this;
        }

        TimelinessTruth build() {
            return new TimelinessTruth(cells);
        }
    }
}
