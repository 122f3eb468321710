/** Whether a visit counts as a statutory visit, and so restarts the visit clock (childProtectionPlan.bpmn). */
@ApplicationModule(displayName = "Visits")
package org.careflow.visits;

import org.springframework.modulith.ApplicationModule;
