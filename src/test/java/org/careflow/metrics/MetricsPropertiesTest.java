package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** careflow.metrics.* is checked as it is bound: a wrong value stops the start and says which property. */
class MetricsPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithMetricsProperties.class);

    @Test
    void defaultsToTheAdministratorsAndAMinute() {
        context.run(started -> assertThat(started.getBean(MetricsProperties.class))
                .isEqualTo(new MetricsProperties("camunda-admin", Duration.ofSeconds(60))));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"refresh-interval, 0s, refreshInterval", "refresh-interval, -1m, refreshInterval",
            "refresh-interval, 500us, refreshInterval", "readers-group, ' ', readersGroup"})
    void aWrongValueStopsTheStartNamingTheProperty(String property, String value, String field) {
        context.withPropertyValues("careflow.metrics." + property + "=" + value)
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("careflow.metrics")
                        .hasMessageContaining("field '" + field + "'"));
    }

    @EnableConfigurationProperties(MetricsProperties.class)
    static class WithMetricsProperties {
    }
}
