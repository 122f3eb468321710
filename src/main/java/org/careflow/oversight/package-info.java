/**
 * What managers see of the teams they oversee: open steps overdue or due soon with where their
 * escalation stands, and caseloads against the local limit, on the oversight page, over its API,
 * and in each team manager's weekly workload review.
 */
@ApplicationModule(displayName = "Oversight")
package org.careflow.oversight;

import org.springframework.modulith.ApplicationModule;
