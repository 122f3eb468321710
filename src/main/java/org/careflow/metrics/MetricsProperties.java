package org.careflow.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.metrics.*}: who may read /actuator/prometheus, and how fresh its counts of steps are.
 *
 * @param readersGroup     the Camunda group whose members may read the metrics (others get 403): the
 *                         administrators by default, so that both profiles work out of the box; a group
 *                         of its own with a scrape user keeps an administrator's password out of Prometheus
 * @param refreshInterval  how often the open and overdue steps and the due jobs are counted: counting
 *                         100,000 open tasks on every scrape, on every node, would load the database for
 *                         nothing, and these numbers change by the minute, not the second
 */
@ConfigurationProperties("careflow.metrics")
public record MetricsProperties(@DefaultValue("camunda-admin") String readersGroup,
                                @DefaultValue("60s") Duration refreshInterval) {

    public MetricsProperties {
        if (readersGroup == null || readersGroup.isBlank()) {
            throw new IllegalArgumentException("careflow.metrics.readers-group must name a group");
        }
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("careflow.metrics.refresh-interval must be longer than 0, not " + refreshInterval);
        }
    }
}
