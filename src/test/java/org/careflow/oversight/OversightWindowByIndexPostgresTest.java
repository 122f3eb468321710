package org.careflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.careflow.api.EmbeddedPostgresConfiguration;
import org.careflow.organisation.Organisation;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A manager's page and its counts read the window of their own teams' case steps, not the steps of
 * the escalations beside them, on PostgreSQL as production runs it (db/ledger/V12). Each overdue
 * step has an escalation whose Record oversight is an open step of the same managers' group, in the
 * window too, which the oversight view leaves out by process: at 100,000 open cases they were half
 * of what the head of service's counts read (docs/benchmarks.md, "the window by group and process").
 * And the window's counts are read from the index alone where the ledger has been vacuumed since it
 * changed, which the ledger's own autovacuum settings keep close.
 */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class OversightWindowByIndexPostgresTest extends ProcessTest {

    /** Open steps of the managers' group that the view leaves out: escalations' own steps, each in the window. */
    private static final int ESCALATION_STEPS = 5_000;
    private static final int CASE_STEPS = 20;

    @Autowired
    OpenSteps openSteps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void readsItsTeamsCaseStepsAndNotTheirEscalations() {
        insertOpenSteps("escalation", Organisation.managersOf("window"), "Task_RecordOversight", ESCALATION_STEPS);
        insertOpenSteps("referral", "window", "Task_DecideOnReferral", CASE_STEPS);
        jdbc.execute("vacuum analyze CF_STEP");
        clock.set(at("2027-01-06T10:00"));

        OpenSteps.Steps steps = openSteps.of(List.of("window"), new OpenSteps.Filter(null, null), new OpenSteps.Page(0, 100));

        assertThat(steps.total()).isEqualTo(CASE_STEPS);
        assertThat(steps.rows()).hasSize(CASE_STEPS).allSatisfy(row -> assertThat(row.processDefinitionKey()).isEqualTo("referral"));
        // With the day before the process (V9) the escalations' entries were read and dropped: 199
        // pages here, growing with them. By group and process (V12) each query descends the index
        // once for each of the reader's groups and each case process (2 × 8), a few pages each,
        // whatever the escalations number; with V14 (PostgreSQL) they are not in the index at all: 7
        // pages. The pages are the queries' own, as EXPLAIN (ANALYZE, BUFFERS) counts them: what
        // other sessions read meanwhile (autovacuum, the application's own threads) is not theirs.
        Map<String, Object> parameters = Map.of("groups", OpenSteps.groupsOf(List.of("window")), "today", Date.valueOf("2027-01-06"),
                "offset", 0, "limit", 100);
        JsonNode page = executed(OpenSteps.PAGE_COLUMNS + OpenSteps.WHERE + OpenSteps.PAGE_ORDER, parameters);
        JsonNode counts = executed(OpenSteps.COUNTS, parameters);
        assertThat(pages(page) + pages(counts)).as("pages of the ledger and its indexes read for the page and its counts:%n%s%n%s",
                page.toPrettyString(), counts.toPrettyString()).isLessThan(150);
    }

    /** The plan of a statement as it ran, with the pages it read (EXPLAIN (ANALYZE, BUFFERS) as JSON). */
    private JsonNode executed(String sql, Map<String, Object> parameters) {
        String plan = new NamedParameterJdbcTemplate(jdbc).queryForObject("explain (analyze, buffers, format json) " + sql,
                parameters, String.class);
        try {
            return new ObjectMapper().readTree(plan).get(0).get("Plan");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pages(JsonNode plan) {
        return plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
    }

    /**
     * On PostgreSQL the window's index holds the case processes' steps alone (db/ledger-postgres/V14):
     * the escalations' steps add nothing to it, and a head of service's counts, over every team's groups
     * (where PostgreSQL scans the window rather than descend it group by group), can still be answered
     * from it, because the view names the case processes to the planner.
     */
    @Test
    void theWindowsIndexHoldsTheCaseProcessesStepsAlone() throws SQLException {
        long before = windowIndexPages();
        insertOpenSteps("escalation", Organisation.managersOf("window"), "Task_RecordOversight", ESCALATION_STEPS);
        assertThat(windowIndexPages()).as("pages of the window's index after %d escalation steps", ESCALATION_STEPS)
                .isEqualTo(before);
        insertOpenSteps("referral", "window", "Task_DecideOnReferral", CASE_STEPS);
        jdbc.execute("analyze CF_STEP");
        List<String> everyTeam = new ArrayList<>(List.of("window"));
        for (int team = 1; team < 20; team++) {
            everyTeam.add("team" + team);
        }
        List<String> plan;
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
            // no other way to the rows, so that the plan says whether the partial index can answer at all
            settings.execute("set enable_seqscan = off; set enable_bitmapscan = off");
            try {
                plan = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true))
                        .queryForList("explain " + OpenSteps.COUNTS, Map.of("groups", OpenSteps.groupsOf(everyTeam),
                                "today", Date.valueOf("2027-01-06")), String.class);
            } finally {
                settings.execute("reset enable_seqscan; reset enable_bitmapscan");
            }
        }
        assertThat(String.join("\n", plan)).contains("Index Only Scan using cf_step_idx_attention");
    }

    private long windowIndexPages() {
        return jdbc.queryForObject("select pg_relation_size('cf_step_idx_attention') / current_setting('block_size')::int", Long.class);
    }

    /**
     * The counts stay index-only only where the visibility map is current: the ledger is vacuumed once
     * a hundredth of it has changed, not PostgreSQL's default fifth (db/ledger-postgres/V13).
     */
    @Test
    void theLedgerIsVacuumedOnceAHundredthOfItHasChanged() {
        assertThat(jdbc.queryForList("select unnest(reloptions) from pg_class where relname = 'cf_step'", String.class))
                .contains("autovacuum_vacuum_scale_factor=0.01", "autovacuum_vacuum_insert_scale_factor=0.01");
    }

    /** The padding was this test's alone: a context shared with other tests on PostgreSQL does not see it. */
    @AfterEach
    void removeThePadding() {
        jdbc.update("delete from CF_STEP where ID_ like 'window-%'");
    }

    private void insertOpenSteps(String process, String group, String taskKey, int count) {
        jdbc.update("insert into CF_STEP (ID_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_KEY_, CASE_REF_, TEAM_, CANDIDATE_GROUP_, TASK_ID_,"
                + " TASK_KEY_, TASK_NAME_, STEP_ID_, DEADLINE_, OPENED_AT_, STATE_) select 'window-' || ? || n, 'window-execution-' || ? || n,"
                + " 'window-case-' || ? || n, ?, 'CF-window-' || n, 'window', ?, 'window-task-' || ? || n, ?, ?, 'SubProcess_' || ?,"
                + " date '2027-01-04', now(), 'open' from generate_series(1, ?) as n",
                process, process, process, process, group, process, taskKey, taskKey, taskKey, count);
    }
}
