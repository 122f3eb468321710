/**
 * Deploy-time checks: the engine refuses a model that would break the service (no diagram, a
 * user task without form or candidate group, a form the deployment lacks, a history kept too
 * short, a statutory step declared wrong or on a timescale the timescales in force do not know),
 * however it is deployed, with every problem as Camunda's own parse error. It reads the steps'
 * declarations and the timescales in force, and nothing else of CareFlow.
 */
@ApplicationModule(displayName = "Model checks", allowedDependencies = {"steps", "timescales"})
package org.careflow.modelling;

import org.springframework.modulith.ApplicationModule;
