package org.careflow.database;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.EnginePlugins;
import org.flywaydb.core.Flyway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies CareFlow's versioned migrations (indexes that the job executor's acquisition and the
 * due-date queries need) with Flyway, right after the engine has created or checked its own
 * schema: they are on Camunda's tables, so they cannot run before the engine, which is why
 * Spring Boot's own Flyway start-up is switched off. The scripts are per database type, in
 * {@code db/migration/h2} and {@code db/migration/postgres}; Flyway records them in
 * {@code careflow_schema_history} and, on PostgreSQL, holds a lock so that nodes starting
 * together apply each once.
 */
@Component
@Order(EnginePlugins.DATABASE_MIGRATIONS)
class DatabaseMigrations extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "careflow_schema_history";

    private final DatabaseProperties properties;

    DatabaseMigrations(DatabaseProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!properties.migrate()) {
            return;
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        migrate(configuration.getDataSource(), configuration.getDatabaseType());
    }

    static void migrate(DataSource dataSource, String databaseType) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + databaseType)
                .table(HISTORY_TABLE)
                // The schema already holds Camunda's tables when CareFlow's first migration runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
