package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Deadlines that have all passed when the job executor starts: how long until every escalation
 * task exists, how late each was after the moment its deadline passed on the engine's clock,
 * and what each escalation wrote to the database.
 */
final class EscalationSweep {

    static final String ESCALATION_TASK = "Task_RecordOversight";
    private static final long TIMEOUT_MILLIS = 60 * 60 * 1000L;

    record Result(int escalations, double seconds, double lagMedianSeconds, double lagWorstSeconds,
                  long historicTasks, Map<String, Double> rowsPerEscalation) {

        double perSecond() {
            return escalations / seconds;
        }
    }

    private final CareFlowNode node;
    private final ProcessEngine engine;
    private final JobExecutor jobExecutor;
    private final BenchmarkDatabase database;

    EscalationSweep(CareFlowNode node, BenchmarkDatabase database) {
        this.node = node;
        this.engine = node.engine();
        this.jobExecutor = node.jobExecutor();
        this.database = database;
    }

    Result run(int expected) throws Exception {
        // Without it the seeding's last rows were counted as the sweep's, and the sweep's last ones not at all (±10 %).
        node.reportDatabaseStatistics();
        Map<String, Long> before = database.insertsByTable();
        long existingTasks = escalationTasks();
        Date passed;
        double seconds;
        try (Connection connection = database.connect();
             PreparedStatement escalationsBegun = connection.prepareStatement("select count(*) from CF_ESCALATION")) {
            long existing = count(escalationsBegun);
            passed = ClockUtil.getCurrentTime();
            long start = System.nanoTime();
            jobExecutor.start();
            while (count(escalationsBegun) - existing < expected) {
                if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MILLIS) {
                    throw new IllegalStateException("the sweep did not finish within an hour");
                }
                Thread.sleep(1000);
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        if (escalationTasks() - existingTasks < expected) {
            throw new IllegalStateException("every escalation began, but not every one has its task");
        }
        Latencies lags = lagsSince(passed);
        node.reportDatabaseStatistics();
        Map<String, Long> after = database.insertsByTable();
        Map<String, Double> rows = new TreeMap<>();
        after.forEach((table, inserted) -> {
            long written = inserted - before.getOrDefault(table, 0L);
            if (written > 0) {
                rows.put(table, written / (double) expected);
            }
        });
        long historic = engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(ESCALATION_TASK)
                .startedAfter(new Date(passed.getTime() - 1)).count();
        return new Result(expected, seconds, lags.p50() / 1000, lags.max() / 1000, historic, rows);
    }

    /**
     * The escalations begun so far, polled once a second: each one's row ({@code CF_ESCALATION}) and its
     * Record oversight task commit together (the escalation process has no wait state before the task),
     * and counting the rows is a scan of a small table, where Camunda's task count by definition key,
     * which the sweep polled until 3 December 2026, scanned every open task: 135 ms a poll, 18 % of the
     * sweep's database time at 100,000 cases, taken from what it measured. The tasks are counted once
     * before and once after.
     */
    private static long count(PreparedStatement escalationsBegun) throws Exception {
        try (ResultSet result = escalationsBegun.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private long escalationTasks() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(ESCALATION_TASK).count();
    }

    /** Milliseconds from the moment the deadlines passed to each escalation task's creation, on the engine's clock. */
    private Latencies lagsSince(Date passed) throws Exception {
        List<Double> lags = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select CREATE_TIME_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? and CREATE_TIME_ >= ?")) {
            query.setString(1, ESCALATION_TASK);
            query.setTimestamp(2, new Timestamp(passed.getTime()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    lags.add((double) (result.getTimestamp(1).getTime() - passed.getTime()));
                }
            }
        }
        return Latencies.of(lags);
    }
}
