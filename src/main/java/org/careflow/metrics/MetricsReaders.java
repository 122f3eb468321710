package org.careflow.metrics;

import org.careflow.security.ActuatorReaders;
import org.springframework.stereotype.Component;

/** Who may read the metrics at /actuator/prometheus: the group {@code careflow.metrics.readers-group} names. */
@Component
class MetricsReaders implements ActuatorReaders {

    private final MetricsProperties properties;

    MetricsReaders(MetricsProperties properties) {
        this.properties = properties;
    }

    @Override
    public String group() {
        return properties.readersGroup();
    }
}
