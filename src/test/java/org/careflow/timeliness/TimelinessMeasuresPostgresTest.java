package org.careflow.timeliness;

import org.careflow.api.EmbeddedPostgresConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The same history measured on a real PostgreSQL, as production reads the ledger. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class TimelinessMeasuresPostgresTest extends TimelinessMeasuresTest {
}
