package org.careflow.api;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Task records and refused requests on a real PostgreSQL server, as production runs it. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class TaskRecordsPostgresTest extends TaskRecordsContract {
}
