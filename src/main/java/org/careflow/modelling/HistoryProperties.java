package org.careflow.modelling;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code careflow.history}: how long the engine keeps the history of a process at the least. The
 * history is the audit of how a case's process ran (who did what, when, against which deadline);
 * a model that would keep it for less, such as Camunda Modeler's 180-day default, is refused.
 *
 * @param minimumTimeToLive the shortest history time to live a model may set (ISO, e.g. {@code P2555D}, or {@code 2555d})
 */
@ConfigurationProperties("careflow.history")
@Validated
record HistoryProperties(
        // a model's time to live is whole days: a minimum under one day would be read as none at all
        @DefaultValue("P2555D") @DurationMin(days = 1) Duration minimumTimeToLive) {
}
