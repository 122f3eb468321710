package org.careflow.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * This node's job executor as Prometheus counters: how often it looks for jobs, how many it gets,
 * loses to another node or cannot queue, and how many succeed or fail. The engine counts them (when
 * {@code camunda.bpm.metrics.enabled}, the default); {@link NodeTotals} keeps them from going back.
 */
@Component
@Order(EnginePlugins.JOB_EXECUTOR_METERS)
class JobExecutorMeters extends AbstractProcessEnginePlugin implements MeterBinder {

    private final NodeTotals totals = new NodeTotals();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine creates its registry in init() only if none is set
        configuration.setMetricsRegistry(totals);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String acquired = "Jobs this node's job executor acquired: success, locked; failure, another node locked them first";
        String executed = "Job executions on this node: success, or failure (each failed attempt, retries included)";
        counter(registry, "careflow.job.acquisition.attempts", Metrics.JOB_ACQUISITION_ATTEMPT, null,
                "Times this node's job executor looked for jobs");
        counter(registry, "careflow.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "success", acquired);
        counter(registry, "careflow.jobs.acquired", Metrics.JOB_ACQUIRED_FAILURE, "failure", acquired);
        counter(registry, "careflow.jobs.rejected", Metrics.JOB_EXECUTION_REJECTED, null,
                "Jobs this node acquired but could not queue: its job executor's threads and queue were full");
        counter(registry, "careflow.jobs.executed", Metrics.JOB_SUCCESSFUL, "success", executed);
        counter(registry, "careflow.jobs.executed", Metrics.JOB_FAILED, "failure", executed);
        counter(registry, "careflow.jobs.locked.exclusive", Metrics.JOB_LOCKED_EXCLUSIVE, null,
                "Exclusive jobs this node locked at once, as it was executing a job of the same process instance");
    }

    private void counter(MeterRegistry registry, String name, String meter, String result, String description) {
        FunctionCounter.Builder<NodeTotals> counter = FunctionCounter.builder(name, totals, node -> node.total(meter))
                .description(description);
        if (result != null) {
            counter.tag("result", result);
        }
        counter.register(registry);
    }
}
