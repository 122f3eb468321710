package org.careflow.replay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the statutory step ledger (CF_STEP) holds about the replayed cases' steps that are done: each
 * occurrence's day, whether it was on time and by how many working days it was late. Read here only;
 * the ledger module writes it.
 */
final class LedgerTimeliness {

    record Row(String timescale, String team, LocalDate doneOn, boolean onTime, int workingDaysLate) {
    }

    private LedgerTimeliness() {
    }

    /** The done rows of the cases whose reference starts with the prefix, by occurrence (the row's id). */
    static Map<String, Row> read(JdbcTemplate jdbc, String casePrefix) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("select ID_, TIMESCALE_, TEAM_, DONE_ON_, ON_TIME_, WORKING_DAYS_LATE_ from CF_STEP"
                        + " where STATE_ = 'done' and CASE_REF_ like ?",
                rs -> {
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getBoolean(5), rs.getInt(6)));
                }, casePrefix + "-%");
        return rows;
    }

    static TimelinessTruth figures(Map<String, Row> rows) {
        TimelinessTruth.Builder figures = new TimelinessTruth.Builder();
        rows.values().forEach(row -> figures.done(row.timescale(), row.team(), row.doneOn(), row.onTime(), row.workingDaysLate()));
        return figures.build();
    }
}
