package org.careflow.security;

import org.careflow.api.EmbeddedPostgresConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Issue 12's hardening on a real PostgreSQL server, whose string limits production meets. */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class HardeningPostgresTest extends HardeningContract {
}
