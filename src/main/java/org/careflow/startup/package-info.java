/** Tells whoever started CareFlow where to go and who can log in. */
@ApplicationModule(displayName = "Startup report")
package org.careflow.startup;

import org.springframework.modulith.ApplicationModule;
