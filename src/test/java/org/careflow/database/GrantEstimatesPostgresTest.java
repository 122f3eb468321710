package org.careflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.careflow.api.EmbeddedPostgresConfiguration;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL knows how many of a team manager's grants Camunda's task queries keep
 * (db/migration/postgres/V4): without statistics of {@code PERMS_ & 2} it guessed half a per cent of
 * them, and at 100,000 open cases joined the 7,041 it had guessed to be 34 to every task one by one.
 */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class GrantEstimatesPostgresTest extends ProcessTest {

    private static final int TASKS = 4_000;
    /** Camunda's own test of a grant in its authorization-checked task queries (AuthorizationCheck's SQL). */
    private static final String CAMUNDA_TASK_GRANTS = "select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2"
            + " and (A.USER_ID_ in ('tm.north', '*') or A.GROUP_ID_ in ('north-managers'))"
            + " and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theGrantsCamundasTaskQueriesKeepAreCountedNotGuessed() throws Exception {
        // as the engine grants them: the managers read and work each task of their team, and read each case
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " select 'estimate-task-' || n, 1, 1, 'north-managers', 7, 'estimate-task-' || n, 2 | 4 | 64"
                + " from generate_series(1, ?) as n", TASKS);
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " select 'estimate-case-' || n, 1, 1, 'north-managers', 8, 'estimate-case-' || n, 2"
                + " from generate_series(1, ?) as n", TASKS);
        jdbc.execute("analyze ACT_RU_AUTHORIZATION");
        long kept = jdbc.queryForObject("select count(*) from (" + CAMUNDA_TASK_GRANTS + ") as kept", Long.class);

        JsonNode plan = new ObjectMapper().readTree(jdbc.queryForObject("explain (format json) " + CAMUNDA_TASK_GRANTS, String.class));
        double expected = plan.get(0).get("Plan").get("Plan Rows").asDouble();

        assertThat(kept).isGreaterThanOrEqualTo(TASKS);
        assertThat(expected).as("the rows PostgreSQL expects of the %d the filter keeps", kept).isBetween(kept / 3.0, kept * 3.0);
    }

    /** The grants were this test's alone: a context shared with other tests on PostgreSQL does not see them. */
    @AfterEach
    void removeTheGrants() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like 'estimate-%'");
    }
}
