package org.careflow.timeliness;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeliness of the teams asked for over a period, as {@code GET /api/timeliness} answers it.
 *
 * @param counting how working days are counted, in words (the page and the CSV say it too)
 */
public record TimelinessReport(LocalDate from, LocalDate to, List<String> teams, String counting, List<Measure> measures) {

    /** The measure of that id, for a caller that checks one figure (a replay against its simulated truth). */
    public Measure measure(String id) {
        return measures.stream().filter(measure -> measure.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No timeliness measure " + id));
    }

    /**
     * One measure. {@code within} counts the occurrences that meet it (done in time; for the measures where
     * fewer is better, {@code higherIsBetter} false, those that are what it counts: a re-referral, a second
     * plan, a plan of two years or more).
     *
     * @param basis       {@code statutory} (Working Together's clock) or {@code dfe} (the figure DfE publishes)
     * @param unit        the unit of {@code median} and {@code mean}: {@code working-days}, {@code weeks}, or null
     * @param limit       the timescale in that unit, where there is one
     * @param note        what the reader must know about how it is measured, or null
     * @param overdueAtEnd due by the end of the period and not done by then (not counted above)
     */
    public record Measure(String id, String title, String basis, String measuredFrom, String measuredTo, String unit,
                          Integer limit, boolean higherIsBetter, National national, String note, Figures total,
                          int overdueAtEnd, List<TeamFigures> byTeam, List<WorkerFigures> byWorker, List<MonthFigures> byMonth) {
    }

    /** DfE's published figure, as shared/domain/timescales.md gives it. */
    public record National(Double percent, Double median, String text, String source) {
    }

    /**
     * @param percent within / count, to one decimal; null where nothing was counted
     * @param median  of the occurrences' durations in the measure's unit; null where the measure has none
     */
    public record Figures(int count, int within, Double percent, Double median, Double mean) {
    }

    public record TeamFigures(String team, Figures figures) {
    }

    /** @param worker the step's worker as the ledger last had it, {@code unallocated} where nobody held it */
    public record WorkerFigures(String team, String worker, Figures figures) {
    }

    /** @param month {@code YYYY-MM}: every month of the period, those with nothing counted too */
    public record MonthFigures(String month, Figures figures) {
    }
}
