package org.careflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.CareFlowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Camunda's cluster model as CareFlow runs it: two nodes, each in its own JVM with its own job
 * executor, on one PostgreSQL. Deadlines of 2,000 referrals moved in long after they passed are all
 * due at once; one node is killed (SIGKILL) in the middle of the sweep and the other finishes it.
 * Every referral gets exactly one escalation to its managers and one to heads of service.
 */
class TwoNodeClusterTest {

    private static final int DEADLINES = 2000;
    /** A Monday long past: every decision is overdue, and so is its escalation to heads of service. */
    private static final String RECEIVED = "2026-01-05T10:00:00Z";
    private static final Duration LOCK_TIME = Duration.ofSeconds(15);

    @Test
    void everyPassedDeadlineEscalatesExactlyOnceThoughANodeIsKilledMidSweep() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            long start = System.nanoTime();
            seedWhileNoJobExecutorRuns(url);
            log("seeded %d overdue referrals", start);
            assertThat(count(url, "select count(*) from pg_indexes where indexname like 'cf_idx_%'"))
                    .as("CareFlow's migrations applied on PostgreSQL").isEqualTo(5);
            List<String> node = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(), "--logging.level.root=WARN");
            try (NodeProcess a = NodeProcess.start("node-a", NodeProcess.freePort(), node);
                 NodeProcess b = NodeProcess.start("node-b", NodeProcess.freePort(), node)) {
                a.awaitHealthy(Duration.ofMinutes(4));
                b.awaitHealthy(Duration.ofMinutes(4));
                log("both nodes up", start);
                await(() -> tasks(url, "Task_RecordOversight"), DEADLINES / 4, Duration.ofMinutes(5));
                long byAOnceKilled = jobsDoneBy(url, a.name());
                a.kill();
                long atKill = tasks(url, "Task_RecordOversight");
                assertThat(atKill).as("killed in the middle of the sweep").isLessThan(DEADLINES);
                assertThat(byAOnceKilled).as("the killed node was sweeping").isPositive();
                log("node-a killed after " + byAOnceKilled + " jobs, at " + atKill + " escalations", start);

                await(() -> tasks(url, "Task_RecordOversight"), DEADLINES, Duration.ofMinutes(5));
                await(() -> tasks(url, "Task_ReviewEscalation"), DEADLINES, Duration.ofMinutes(5));
                log("node-b finished the sweep", start);
                // Anything doubled would show after the killed node's locks expired.
                Thread.sleep(LOCK_TIME.plusSeconds(5).toMillis());

                assertThat(tasks(url, "Task_RecordOversight")).isEqualTo(DEADLINES);
                assertThat(tasks(url, "Task_ReviewEscalation")).isEqualTo(DEADLINES);
                assertThat(count(url, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'escalation'")).isEqualTo(DEADLINES);
                assertThat(count(url, "select count(distinct SUPER_PROCESS_INSTANCE_ID_) from ACT_HI_PROCINST "
                        + "where PROC_DEF_KEY_ = 'escalation'")).as("one escalation per referral").isEqualTo(DEADLINES);
                assertThat(count(url, "select count(*) from ACT_RU_INCIDENT")).isZero();
                assertThat(jobsDoneBy(url, b.name())).as("the surviving node finished the sweep")
                        .isGreaterThanOrEqualTo(2L * DEADLINES - atKill * 2);
            }
        }
    }

    private static void log(String event, long start) {
        System.out.printf("TwoNodeClusterTest: %s (%.0f s)%n", event.formatted(DEADLINES), (System.nanoTime() - start) / 1e9);
    }

    /** As an authority moving its open cases in before the nodes start: nobody's job executor runs yet. */
    private static void seedWhileNoJobExecutorRuns(String url) throws Exception {
        try (ConfigurableApplicationContext seeding = new SpringApplicationBuilder(CareFlowApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN")) {
            RuntimeService runtime = seeding.getBean(RuntimeService.class);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> started = new ArrayList<>();
                for (int i = 0; i < DEADLINES; i++) {
                    String reference = "CLUSTER-" + i;
                    String team = i % 2 == 0 ? "north" : "south";
                    started.add(threads.submit(() -> runtime.startProcessInstanceByKey("referral", reference,
                            Variables.putValue("team", team).putValue("referralReceivedAt", RECEIVED))));
                }
                for (Future<?> future : started) {
                    future.get();
                }
            } finally {
                threads.shutdown();
            }
        }
    }

    private static void await(LongSupplier value, long atLeast, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (value.getAsLong() < atLeast) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still " + value.getAsLong() + " of " + atLeast + " after " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private static long tasks(String url, String taskDefinitionKey) {
        return count(url, "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = '" + taskDefinitionKey + "'");
    }

    /** Jobs a node executed successfully, by the host name it writes into the job log. */
    private static long jobsDoneBy(String url, String node) {
        return count(url, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and HOSTNAME_ = '" + node + "'");
    }

    private static long count(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
