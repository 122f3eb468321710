/**
 * Timescale changes: a changed timescale applies to deadlines computed after its deployment; a
 * process owner applies it to the open deadlines of a process's running cases, with a reason.
 */
@ApplicationModule(displayName = "Timescale change", allowedDependencies = {"input", "organisation", "timescales"})
package org.careflow.timescalechange;

import org.springframework.modulith.ApplicationModule;
