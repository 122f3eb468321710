/**
 * Model versions: a process owner moves the running cases of a process to its latest version, or
 * sees in a dry run what would move; each case moves with its open deadlines computed again.
 */
@ApplicationModule(displayName = "Case migration", allowedDependencies = {"organisation", "timescales"})
package org.careflow.migration;

import org.springframework.modulith.ApplicationModule;
