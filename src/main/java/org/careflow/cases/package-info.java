/**
 * The child's case across its processes: how a case starts and moves on to its next process, who
 * may start and see it, its facts (team, allocated worker, the dates its clocks run from, as the
 * steps declare them) and the audited changes a manager makes to them (a date, the allocation).
 * It stands on the foundations; what reads cases (oversight, metrics, the task conventions, the
 * process beans) depends on it, never the reverse. One exception, to go: {@code CaseFacts} reads the
 * escalation's engine-decided variables from {@code escalation}, where {@code steps} (which declares
 * the escalation's inputs) should hold them.
 */
@ApplicationModule(displayName = "Cases",
        allowedDependencies = {"calendar", "input", "organisation", "steps", "timescales", "escalation"})
package org.careflow.cases;

import org.springframework.modulith.ApplicationModule;
