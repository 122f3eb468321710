package org.careflow.database;

import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.EnginePlugins;
import org.flywaydb.core.Flyway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies CareFlow's versioned migrations with Flyway, right after the engine has created or checked
 * its own schema: CareFlow's own tables (the statutory step ledger, {@code db/ledger}, with
 * {@code db/ledger-postgres} for what only PostgreSQL has, such as how often it vacuums them,
 * recorded in {@code careflow_ledger_history}), always; and what it changes on Camunda's tables
 * (indexes that the job executor's acquisition and the due-date queries need, grants,
 * {@code db/migration/<database>}, recorded in {@code careflow_schema_history}), unless switched off to
 * measure stock Camunda. They run after the engine because they touch its tables, which is why Spring
 * Boot's own Flyway start-up is switched off. On PostgreSQL Flyway holds a lock, so that nodes
 * starting together apply each once.
 */
@Component
@Order(EnginePlugins.DATABASE_MIGRATIONS)
class DatabaseMigrations extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "careflow_schema_history";
    static final String LEDGER_HISTORY_TABLE = "careflow_ledger_history";
    /** The placeholder {@code ${stored}} of a generated column in the ledger's scripts. */
    private static final String STORED = "stored";

    private final DatabaseProperties properties;

    DatabaseMigrations(DatabaseProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // CareFlow's own tables are written in SQL both databases read alike, one script for both;
        // what only PostgreSQL has (storage settings) is beside them
        String database = configuration.getDatabaseType();
        if ("postgres".equals(database)) {
            migrate(configuration.getDataSource(), LEDGER_HISTORY_TABLE, database, "db/ledger", "db/ledger-postgres");
        } else {
            migrate(configuration.getDataSource(), LEDGER_HISTORY_TABLE, database, "db/ledger");
        }
        if (properties.migrate()) {
            migrate(configuration.getDataSource(), HISTORY_TABLE, database, "db/migration/" + database);
        }
    }

    /** Versions are numbered across all the locations of one history table, so none is used twice. */
    static void migrate(DataSource dataSource, String historyTable, String database, String... locations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(Arrays.stream(locations).map(location -> "classpath:" + location).toArray(String[]::new))
                .table(historyTable)
                // The one word the two databases spell differently: PostgreSQL's generated columns must
                // say they are stored, and H2 refuses the word (its generated columns always are).
                .placeholders(Map.of(STORED, "postgres".equals(database) ? "stored" : ""))
                // The schema already holds Camunda's tables when CareFlow's first migration runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
