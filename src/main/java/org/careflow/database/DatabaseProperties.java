package org.careflow.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param migrate whether CareFlow applies its migrations (db/migration/&lt;database&gt;) to Camunda's
 *                schema at start-up; turned off only to measure stock Camunda (docs/benchmarks.md), which
 *                leaves CareFlow without its statutory step ledger, and so the oversight page without steps
 */
@ConfigurationProperties("careflow.database")
public record DatabaseProperties(@DefaultValue("true") boolean migrate) {
}
