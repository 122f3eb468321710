/**
 * The statutory step ledger: one row per occurrence of a declared statutory step (table
 * {@code CF_STEP}), written in the engine's own transaction as the step opens, gets a task or an
 * assignee, has its deadline moved and ends, so that it never disagrees with the engine. Oversight,
 * timeliness and the returns read it instead of scanning the engine.
 */
@ApplicationModule(displayName = "Statutory step ledger",
        allowedDependencies = {"calendar", "cases", "escalation", "organisation", "steps", "timescales"})
package org.careflow.ledger;

import org.springframework.modulith.ApplicationModule;
