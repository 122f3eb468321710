package org.careflow.api;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The REST contract on a real PostgreSQL server, as production runs it. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class RestApiPostgresTest extends RestApiContract {
}
