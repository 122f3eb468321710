package org.careflow.support;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine's clock and fires what has fallen due, as the job executor would. */
public final class EngineClock {

    private final ManagementService managementService;

    public EngineClock(ManagementService managementService) {
        this.managementService = managementService;
    }

    public void set(Date now) {
        ClockUtil.setCurrentTime(now);
    }

    public void reset() {
        ClockUtil.reset();
    }

    /**
     * Executes every job of a running case due now, including those that firing creates, and says
     * how many ran. Timer start events (the weekly workload review) are left alone: a test that
     * moves the clock by months would otherwise start a review for every week in between.
     */
    public int fireDueJobs() {
        int fired = 0;
        for (Job job; (job = nextDueCaseJob()) != null; ) {
            managementService.executeJob(job.getId());
            fired++;
            if (fired > 1000) {
                throw new IllegalStateException("Jobs keep falling due: a timer that fires for ever?");
            }
        }
        return fired;
    }

    private Job nextDueCaseJob() {
        return managementService.createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null)
                .findFirst().orElse(null);
    }

    public void setAndFire(Date now) {
        set(now);
        fireDueJobs();
    }
}
