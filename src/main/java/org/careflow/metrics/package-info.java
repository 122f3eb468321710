/**
 * The authority's monitoring at /actuator/prometheus: open and overdue steps by timescale, the
 * lag of escalations, the job executor's backlog.
 */
@ApplicationModule(displayName = "Metrics")
package org.careflow.metrics;

import org.springframework.modulith.ApplicationModule;
