/**
 * Camunda Tasklist as CareFlow ships it: the shared filters (mine, my team's, overdue, due soon,
 * escalations), created once, and the {@code currentUserGroups()} they rely on.
 */
@ApplicationModule(displayName = "Tasklist filters")
package org.careflow.tasklist;

import org.springframework.modulith.ApplicationModule;
