/** The front door's local policy ({@code careflow.referral.*}), as referral.bpmn reads it. */
@ApplicationModule(displayName = "Referral policy", allowedDependencies = {})
package org.careflow.referral;

import org.springframework.modulith.ApplicationModule;
