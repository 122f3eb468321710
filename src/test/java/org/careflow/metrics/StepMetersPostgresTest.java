package org.careflow.metrics;

import org.careflow.api.EmbeddedPostgresConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Steps and escalation lag on a real PostgreSQL server, as production counts them. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class StepMetersPostgresTest extends StepMetersContract {
}
