package org.careflow.modelling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.history}: how long the engine keeps the history of a process at the least. The
 * history is the audit of how a case's process ran (who did what, when, against which deadline);
 * a model that would keep it for less, such as Camunda Modeler's 180-day default, is refused.
 *
 * @param minimumTimeToLive the shortest history time to live a model may set (ISO, e.g. {@code P2555D}, or {@code 2555d})
 */
@ConfigurationProperties("careflow.history")
record HistoryProperties(@DefaultValue("P2555D") Duration minimumTimeToLive) {
}
