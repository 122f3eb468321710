package org.careflow.oversight;

import org.springframework.stereotype.Component;

/**
 * When the weekly workload review falls due. A bean of its own: the timer start event is read
 * while the engine deploys, before the engine's services exist for anything else.
 */
@Component("workloadReviewSchedule")
public class WorkloadReviewSchedule {

    private final OversightProperties properties;

    WorkloadReviewSchedule(OversightProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.workloadReviewCycle();
    }
}
