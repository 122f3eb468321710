package org.careflow.metrics;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record MetricsProperties(@DefaultValue("camunda-admin") @NotBlank String readersGroup,
                                // the counts are scheduled in whole milliseconds: less would be no delay at all
                                @DefaultValue("60s") @DurationMin(millis = 1) Duration refreshInterval) {
}
