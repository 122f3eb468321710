/**
 * Who may reach what from outside: HTTP Basic on the REST API, /api and the actuator, the browser
 * headers of the oversight page, Cockpit's figures for Cockpit users only, and a production that
 * refuses to start with the demo organisation or a guessable password. It knows no feature: who
 * reads the metrics, the metrics module says ({@link org.careflow.security.ActuatorReaders}).
 */
@ApplicationModule(displayName = "Security", allowedDependencies = "organisation")
package org.careflow.security;

import org.springframework.modulith.ApplicationModule;
