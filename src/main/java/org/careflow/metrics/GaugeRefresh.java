package org.careflow.metrics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.careflow.calendar.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts steps and jobs every {@code careflow.metrics.refresh-interval} on a thread of its own, so
 * that a scrape (every node, every 15 s or so) costs the database nothing. Runs from when the
 * application has started until it stops, before the engine closes.
 */
@Component
class GaugeRefresh implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GaugeRefresh.class);

    private final StepGauges steps;
    private final JobGauges jobs;
    private final MetricsProperties properties;
    private final Object counting = new Object();
    private ScheduledExecutorService scheduler;

    GaugeRefresh(StepGauges steps, JobGauges jobs, MetricsProperties properties) {
        this.steps = steps;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** One at a time, so that a slow count can never publish over a later one. */
    void refresh() {
        synchronized (counting) {
            steps.refresh(EngineClock.nowAsDate());
            jobs.refresh();
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "careflow-metrics");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.refreshInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshOrLog, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** A failed count (the database away for a moment) keeps the last numbers and the schedule. */
    private void refreshOrLog() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not count steps and jobs for the metrics; the last counts stand: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a count under way finishes before the engine and its database close
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
