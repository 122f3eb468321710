/**
 * The organisation in Camunda's identity service: teams, their managers, heads of service and
 * process owners, who oversees which team, the grants every organisation needs, the grants the
 * engine makes by itself, and the demo organisation. It knows no process and no case: the cases
 * module grants what is about cases (who may start one, which team sees it).
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = "input")
package org.careflow.organisation;

import org.springframework.modulith.ApplicationModule;
