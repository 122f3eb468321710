package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.careflow.replay.Replay;
import org.careflow.replay.ReplayReport;
import org.careflow.replay.ReplayWindow;

/**
 * What Camunda's history cleanup costs on a year of an authority's history: replays a year through
 * the engine on PostgreSQL (the replay of {@code docs/operators.md}), then moves the engine's clock
 * past the end of the history time to live of everything that ended in it, and runs the cleanup
 * job, batch after batch, as the nightly window would. Prints the history's size before and after,
 * by table, the batches, and the time they took. A program in {@code src/test/java}, not a test: it
 * asserts nothing.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.careflow.benchmark.HistoryCleanupBenchmark -Dexec.args="--scale=1.0"
 * </pre>
 */
public final class HistoryCleanupBenchmark {

    private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_job_log", "act_hi_op_log", "act_hi_incident",
            "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_comment", "act_ge_bytearray");
    /** Every model's history time to live (P2555D, about 7 years), and a day more. */
    private static final Duration PAST_TIME_TO_LIVE = Duration.ofDays(2555 + 1);

    private HistoryCleanupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(argument(args, "scale", "1.0"));
        LocalDate first = LocalDate.parse(argument(args, "from", "2026-01-01"));
        int days = Integer.parseInt(argument(args, "days", "365"));
        try (BenchmarkDatabase database = BenchmarkDatabase.of(BenchmarkArguments.parse());
             CareFlowNode node = CareFlowNode.start(database, CareFlowNode.Configuration.CAREFLOW)) {
            long replayStarted = System.nanoTime();
            ReplayReport replay = node.bean(Replay.class).run(new ReplayWindow(first, days), scale, 15,
                    List.of("north", "south"), "RP");
            System.out.printf("Replay of %s, %d days, scale %.1f: %s in %s%n", first, days, scale,
                    replay.clean() ? "CLEAN" : "NOT CLEAN", Duration.ofNanos(System.nanoTime() - replayStarted));
            Map<String, Long> before = rows(database);
            ProcessEngine engine = node.engine();
            long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
            long open = engine.getHistoryService().createHistoricProcessInstanceQuery().unfinished().count();
            System.out.printf("Process instances: %d ended, %d still running%n", ended, open);

            // The cleanup runs here alone, batch after batch: the job executor, given back by the replay, would run it too.
            node.jobExecutor().shutdown();
            LocalDate lastDay = first.plusDays(days);
            ClockUtil.setCurrentTime(Date.from(lastDay.atStartOfDay(ZoneOffset.UTC).toInstant().plus(PAST_TIME_TO_LIVE)));
            try {
                Cleanup cleanup = cleanUp(engine);
                Map<String, Long> after = rows(database);
                int batchSize = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryCleanupBatchSize();
                System.out.printf("%nHistory cleanup (removal-time based, batch size %d): %d batches in %.1f s,"
                        + " the longest %.1f s%n%n", batchSize, cleanup.batches(), cleanup.seconds(), cleanup.longestSeconds());
                System.out.println("| table | rows before | rows after | removed |");
                System.out.println("| --- | ---: | ---: | ---: |");
                before.forEach((table, count) -> System.out.printf("| %s | %,d | %,d | %,d |%n", table, count,
                        after.get(table), count - after.get(table)));
            } finally {
                ClockUtil.reset();
            }
        }
        System.exit(0);
    }

    private record Cleanup(int batches, double seconds, double longestSeconds) {
    }

    /** Schedules the cleanup now, then runs its job until it finds nothing more to remove, as the job executor would. */
    private static Cleanup cleanUp(ProcessEngine engine) {
        HistoryService history = engine.getHistoryService();
        ManagementService management = engine.getManagementService();
        history.cleanUpHistoryAsync(true);
        long started = System.nanoTime();
        double longest = 0;
        int batches = 0;
        for (Job job; (job = dueCleanupJob(history)) != null; batches++) {
            long batchStarted = System.nanoTime();
            management.executeJob(job.getId());
            longest = Math.max(longest, (System.nanoTime() - batchStarted) / 1e9);
            if (batches > 100_000) {
                throw new IllegalStateException("the cleanup does not end");
            }
        }
        return new Cleanup(batches, (System.nanoTime() - started) / 1e9, longest);
    }

    /** The cleanup job while it is due now: once nothing is left it reschedules itself for later. */
    private static Job dueCleanupJob(HistoryService history) {
        Date now = ClockUtil.getCurrentTime();
        return history.findHistoryCleanupJobs().stream()
                .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).findFirst().orElse(null);
    }

    private static Map<String, Long> rows(BenchmarkDatabase database) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : HISTORY_TABLES) {
                try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                    result.next();
                    rows.put(table, result.getLong(1));
                }
            }
        }
        return rows;
    }

    private static String argument(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
