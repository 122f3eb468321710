package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that took the server's time during one measure, by pg_stat_statements: reset before
 * the measure, read after it, the few with the largest total execution time as Markdown rows.
 */
final class TopStatements {

    private static final int TOP = 8;
    private static final int QUERY_CHARACTERS = 160;

    private final BenchmarkDatabase database;
    private final boolean counting;

    TopStatements(BenchmarkDatabase database) {
        this.database = database;
        this.counting = database.countsStatements();
    }

    void reset() throws SQLException {
        if (counting) {
            database.execute("select pg_stat_statements_reset()");
        }
    }

    /** Calls, total and mean milliseconds, rows and the statement's text (constants as $n), largest total first. */
    List<String> top() throws SQLException {
        List<String> rows = new ArrayList<>();
        if (!counting) {
            return rows;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select calls, total_exec_time, mean_exec_time, rows, query,"
                     + " sum(total_exec_time) over () as everything from pg_stat_statements"
                     + " where query not like '%pg_stat_statements%' order by total_exec_time desc limit " + TOP)) {
            while (result.next()) {
                rows.add(String.format("| %d | %.0f | %.2f | %.0f %% | %d | `%s` |", result.getLong(1), result.getDouble(2),
                        result.getDouble(3), 100 * result.getDouble(2) / Math.max(result.getDouble(6), 1e-9), result.getLong(4),
                        shortened(result.getString(5))));
            }
        }
        return rows;
    }

    /** How many statements the server ran since the reset, but these counts' own. */
    long calls() throws SQLException {
        return counting ? Long.parseLong(database.single("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where query not like '%pg_stat_statements%'")) : 0;
    }

    private static String shortened(String query) {
        String oneLine = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").strip();
        return oneLine.length() <= QUERY_CHARACTERS ? oneLine : oneLine.substring(0, QUERY_CHARACTERS) + " …";
    }
}
