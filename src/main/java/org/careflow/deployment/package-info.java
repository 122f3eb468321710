/** The top-level processes/ and forms/ deployed as one deployment, with stable names, at start. */
@ApplicationModule(displayName = "Model deployment", allowedDependencies = {"codes"})
package org.careflow.deployment;

import org.springframework.modulith.ApplicationModule;
