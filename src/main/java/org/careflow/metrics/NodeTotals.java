package org.careflow.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's own metrics registry, which also keeps the job executor's meters as totals since this
 * node started. The engine's meters cannot serve as Prometheus counters: its DbMetricsReporter takes
 * and clears them every reporting interval to write them to ACT_RU_METER_LOG, so they fall back to 0,
 * and a counter must never go down. These totals only grow; a restart begins them at 0 again, which
 * Prometheus's {@code rate()} expects of any counter. One map look-up and one atomic add per mark.
 */
class NodeTotals extends MetricsRegistry {

    static final List<String> JOB_METERS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE);

    private final Map<String, AtomicLong> totals = JOB_METERS.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), meter -> new AtomicLong()));

    @Override
    public void markOccurrence(String name, long times) {
        super.markOccurrence(name, times);
        AtomicLong total = totals.get(name);
        if (total != null) {
            total.addAndGet(times);
        }
    }

    long total(String meter) {
        return totals.get(meter).get();
    }
}
