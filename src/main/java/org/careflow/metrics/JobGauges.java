package org.careflow.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * What the job executors have before them, the same on every node: {@code careflow_jobs_due}, jobs
 * due now with retries left (a backlog that keeps growing means escalations start late), and
 * {@code careflow_jobs_retries_exhausted}, jobs that failed for good and wait for an operator in
 * Cockpit (an escalation that never starts). Counted with the refresh, not on a scrape.
 */
@Component
class JobGauges {

    private final ManagementService managementService;
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong retriesExhausted = new AtomicLong();

    JobGauges(ManagementService managementService, MeterRegistry registry) {
        this.managementService = managementService;
        Gauge.builder("careflow.jobs.due", due, AtomicLong::get)
                .description("Jobs due now with retries left, waiting for or in a job executor")
                .register(registry);
        Gauge.builder("careflow.jobs.retries.exhausted", retriesExhausted, AtomicLong::get)
                .description("Jobs that failed with no retries left: incidents for an operator")
                .register(registry);
    }

    /** The engine's job query reads the engine's clock for "due now". */
    void refresh() {
        due.set(managementService.createJobQuery().executable().count());
        retriesExhausted.set(managementService.createJobQuery().noRetriesLeft().count());
    }
}
