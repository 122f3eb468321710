/**
 * The child's case across its processes: how a case starts and moves on to its next process, who
 * may start and see it, its facts (team, allocated worker, the dates its clocks run from) and the
 * audited changes a manager makes to them (a date, the allocation). It stands on the foundations
 * only; what reads cases (oversight, metrics, the process beans) depends on it, never the reverse.
 */
@ApplicationModule(displayName = "Cases", allowedDependencies = {"calendar", "input", "organisation", "timescales"})
package org.careflow.cases;

import org.springframework.modulith.ApplicationModule;
