/**
 * The child's case across its processes: how a case starts and moves on to its next process, who
 * may start and see it, its facts (team, allocated worker, the dates its clocks run from, as the
 * steps declare them) and the audited changes a manager makes to them (a date, the allocation).
 * It stands on the foundations; what reads cases (oversight, metrics, the task conventions, the
 * process beans) depends on it, never the reverse: what the engine alone writes in a process (an
 * escalation's inputs) is told to it through {@link org.careflow.cases.EngineDecidedVariables}.
 */
@ApplicationModule(displayName = "Cases",
        allowedDependencies = {"calendar", "children", "input", "organisation", "steps", "timescales"})
package org.careflow.cases;

import org.springframework.modulith.ApplicationModule;
