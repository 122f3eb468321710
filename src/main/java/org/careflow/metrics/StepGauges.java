package org.careflow.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.careflow.metrics.StepCounts.Count;
import org.springframework.stereotype.Component;

/**
 * {@code careflow_steps_open{timescale}} and {@code careflow_steps_overdue{timescale}}: the case
 * processes' open user tasks with a due date, and those past it, by the timescale that set the date.
 * A scrape reads the last counts; {@link GaugeRefresh} renews them. A timescale that leaves every
 * model and has nothing open any more leaves the scrape too.
 */
@Component
class StepGauges {

    private final StepCounts counts;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private volatile Map<String, Count> last = Map.of();

    StepGauges(StepCounts counts, MeterRegistry registry) {
        this.counts = counts;
        this.open = MultiGauge.builder("careflow.steps.open")
                .description("Open steps of the case processes, by the timescale that sets their due date")
                .register(registry);
        this.overdue = MultiGauge.builder("careflow.steps.overdue")
                .description("Open steps of the case processes past their due date, by the timescale that set it")
                .register(registry);
    }

    void refresh(Date now) {
        last = counts.at(now);
        // rows read the last counts when scraped: a gauge already there stays, with no moment missing
        open.register(rows(Count::open), false);
        overdue.register(rows(Count::overdue), false);
    }

    private List<MultiGauge.Row<?>> rows(ToLongFunction<Count> value) {
        return last.keySet().stream()
                .<MultiGauge.Row<?>>map(timescale -> MultiGauge.Row.of(Tags.of("timescale", timescale),
                        () -> value.applyAsLong(last.getOrDefault(timescale, Count.NONE))))
                .toList();
    }
}
