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
        long existing = escalationTasks();
        Date passed = ClockUtil.getCurrentTime();
        long start = System.nanoTime();
        jobExecutor.start();
        while (escalationTasks() - existing < expected) {
            if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MILLIS) {
                throw new IllegalStateException("the sweep did not finish within an hour");
            }
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
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
