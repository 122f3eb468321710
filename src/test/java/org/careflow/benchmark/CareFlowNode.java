package org.careflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.careflow.CareFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One CareFlow in this JVM on the benchmark's database, with CareFlow's configuration or stock Camunda's. */
final class CareFlowNode implements AutoCloseable {

    enum Configuration {
        /**
         * Camunda's defaults for the job executor (camunda-bpm-spring-boot-starter JobExecutionProperty), no CareFlow index,
         * and Camunda's scan of the grant table in every command of a logged-in user.
         */
        STOCK("stock Camunda", List.of(
                "--careflow.database.migrate=false",
                "--careflow.authorization.group-scan=true",
                "--camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs=false",
                "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=false",
                "--camunda.bpm.generic-properties.properties.ensure-job-due-date-not-null=false",
                "--camunda.bpm.job-execution.max-wait=60000",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                "--camunda.bpm.job-execution.core-pool-size=3",
                "--camunda.bpm.job-execution.max-pool-size=10",
                "--camunda.bpm.job-execution.queue-capacity=3")),
        /**
         * src/main/resources/application.yaml as it is, with db/migration applied, and the connection setting of
         * application-postgres.yaml (whose other settings, no demo organisation among them, the benchmark cannot run).
         */
        CAREFLOW("CareFlow", List.of("--spring.datasource.hikari.connection-init-sql=set plan_cache_mode = force_custom_plan"));

        final String label;
        final List<String> arguments;

        Configuration(String label, List<String> arguments) {
            this.label = label;
            this.arguments = arguments;
        }
    }

    private final ConfigurableApplicationContext app;

    private CareFlowNode(ConfigurableApplicationContext app) {
        this.app = app;
    }

    static CareFlowNode start(BenchmarkDatabase database, Configuration configuration) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url,
                "--spring.datasource.username=" + database.user,
                "--spring.datasource.password=" + database.password,
                "--server.port=0",
                "--logging.level.root=WARN"));
        arguments.addAll(configuration.arguments);
        return new CareFlowNode(new SpringApplicationBuilder(CareFlowApplication.class).run(arguments.toArray(String[]::new)));
    }

    ProcessEngine engine() {
        return app.getBean(ProcessEngine.class);
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor();
    }

    /**
     * Has every server process of this node's pool report its statistics: PostgreSQL 14 keeps a backend's counts back
     * while it reported less than half a second before, until its next transaction, and an idle pooled connection may
     * have none; a closed one reports all. The pool opens new connections as they are needed.
     */
    void reportDatabaseStatistics() throws SQLException {
        bean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Override
    public void close() {
        app.close();
    }
}
