package org.careflow.replay;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Fires what has fallen due, as the job executor would, but in the replay's own thread and order
 * (earliest due first), so that a replay is deterministic. Timer start events are left alone: the
 * weekly workload review was scheduled by the real clock at deployment, and the replayed days are
 * about cases.
 */
final class DueJobs {

    private static final int MOST_IN_ONE_GO = 100_000;

    private final ManagementService management;

    DueJobs(ManagementService management) {
        this.management = management;
    }

    /** Executes every due job of a running case, including those that firing makes due; how many ran. */
    int fire() {
        int fired = 0;
        for (Job job; (job = next()) != null; fired++) {
            if (fired == MOST_IN_ONE_GO) {
                throw new IllegalStateException("Jobs keep falling due at " + job.getDuedate() + ": a timer that fires for ever?");
            }
            management.executeJob(job.getId());
        }
        return fired;
    }

    private Job next() {
        return management.createJobQuery().executable().orderByJobDuedate().asc().orderByJobId().asc().list().stream()
                .filter(job -> job.getProcessInstanceId() != null)
                .findFirst().orElse(null);
    }
}
