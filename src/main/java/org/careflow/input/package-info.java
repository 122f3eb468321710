/**
 * Bad input refused at the door: what is refused answers 400 naming the field, on CareFlow's own
 * API, the engine's REST API and the web apps' copy of it, and nothing half-done is left behind.
 */
@ApplicationModule(displayName = "Input refused at the door", allowedDependencies = {})
package org.careflow.input;

import org.springframework.modulith.ApplicationModule;
