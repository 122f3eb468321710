package org.careflow.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param migrate whether CareFlow applies its migrations of Camunda's tables (db/migration/&lt;database&gt;:
 *                indexes, grants) at start-up; turned off only to measure stock Camunda (docs/benchmarks.md).
 *                CareFlow's own tables (the statutory step ledger, db/ledger) are made either way
 */
@ConfigurationProperties("careflow.database")
public record DatabaseProperties(@DefaultValue("true") boolean migrate) {
}
