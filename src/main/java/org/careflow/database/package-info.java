/** CareFlow's own versioned migrations on Camunda's tables (Flyway), run once the engine has its schema. */
@ApplicationModule(displayName = "Database migrations", allowedDependencies = {})
package org.careflow.database;

import org.springframework.modulith.ApplicationModule;
