package org.careflow.notifications;

import org.careflow.api.EmbeddedPostgresConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Escalations by mail on a real PostgreSQL server, as production queues and claims them. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class EscalationMailPostgresTest extends EscalationMailTest {
}
