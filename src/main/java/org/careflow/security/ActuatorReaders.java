package org.careflow.security;

/**
 * The group whose members may read the actuator's endpoints other than health (the metrics, which
 * tell how many of the organisation's statutory steps are late). Security guards the endpoints; the
 * metrics module says who reads them ({@code careflow.metrics.readers-group}).
 */
@FunctionalInterface
public interface ActuatorReaders {

    String group();
}
