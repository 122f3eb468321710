/**
 * A year of an authority replayed through the real engine, the engine's clock advanced day by day:
 * referrals arrive, practitioners and managers complete their tasks (mostly in time, sometimes late,
 * from a seeded random), due jobs are fired by the replay itself. It then checks what the engine did
 * against what it simulated: every reminder and every escalation on its day (none missed, early,
 * doubled or unexpected), and the ledger's timeliness equal to the simulated truth. The same command
 * fills the embedded default with demo history on request.
 */
@ApplicationModule(displayName = "Replay",
        allowedDependencies = {"calendar", "cases", "escalation", "steps", "timescales"})
package org.careflow.replay;

import org.springframework.modulith.ApplicationModule;
