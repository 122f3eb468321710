package org.careflow.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL's statistics views say each table has done so far, once they have caught up. A
 * session reports its activity at most twice a second and at the latest when it ends, so the pool's
 * sessions are ended first, then the figures read until they stand still.
 */
public final class PostgresActivity {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public PostgresActivity(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Each table's figure, as {@code select relname, <figure> from <view> where ...} gives it, settled. */
    public Map<String, Long> settled(String relnameAndFigure) throws InterruptedException, SQLException {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        Map<String, Long> previous = null;
        for (int read = 0; read < 20; read++) {
            Map<String, Long> now = read(relnameAndFigure);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
            Thread.sleep(750);
        }
        return previous;
    }

    private Map<String, Long> read(String relnameAndFigure) {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.query(relnameAndFigure, rs -> {
            Map<String, Long> figures = new HashMap<>();
            while (rs.next()) {
                figures.put(rs.getString(1), rs.getLong(2));
            }
            return figures;
        });
    }
}
