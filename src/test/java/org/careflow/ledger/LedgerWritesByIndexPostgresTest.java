package org.careflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.api.EmbeddedPostgresConfiguration;
import org.careflow.support.PostgresActivity;
import org.careflow.support.ProcessTest;
import org.careflow.timescales.OpenDeadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every look-up the engine's transactions make in the ledger as they write it is answered by an
 * index (db/ledger/V10, V11), on PostgreSQL as production runs it: with the ledger already holding
 * thousands of other open steps, their workers and escalations, a step that opens, gets a worker, has
 * its deadline moved, escalates (its escalation reading its own row, and whether the same lateness
 * was escalated before) and has its oversight recorded reads a handful of the ledger's rows, not the
 * table. At 100,000 open cases, one missing index made each escalation read 185,000 rows
 * (docs/benchmarks.md, "the index the escalations lacked").
 */
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.database.type=postgres")
class LedgerWritesByIndexPostgresTest extends ProcessTest {

    /** Other cases' open steps, workers and escalations already in the ledger: what a statement without its index reads whole. */
    private static final int OTHER_STEPS = 5_000;
    private static final List<String> PADDED = List.of("cf_step", "cf_step_worker", "cf_escalation");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpenDeadlines openDeadlines;
    @Autowired
    DataSource dataSource;

    @Test
    void everyChangeOfAStepReadsItsOwnRowsAndNotTheLedger() throws InterruptedException, SQLException {
        jdbc.update("insert into CF_STEP (ID_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_KEY_, CANDIDATE_GROUP_, TASK_ID_, STEP_ID_,"
                + " DEADLINE_, OPENED_AT_, STATE_) select 'other-' || n, 'other-execution-' || n, 'other-case-' || n, 'referral',"
                + " 'elsewhere', 'other-task-' || n, 'SubProcess_ReferralDecision', date '2027-01-04', now(), 'open'"
                + " from generate_series(1, ?) as n", OTHER_STEPS);
        jdbc.update("insert into CF_STEP_WORKER (OCCURRENCE_ID_, PROC_INST_ID_, TASK_ID_, WORKER_, FROM_)"
                + " select 'other-' || n, 'other-case-' || n, 'other-task-' || n, 'sw.elsewhere', now() from generate_series(1, ?) as n",
                OTHER_STEPS);
        jdbc.update("insert into CF_ESCALATION (ID_, CASE_REF_, STEP_ID_, STEP_NAME_, PROC_INST_ID_, EXECUTION_ID_, DEADLINE_,"
                + " TARGET_DEADLINE_, STARTED_AT_) select 'other-escalation-' || n, 'other-case-' || n, 'SubProcess_ReferralDecision',"
                + " 'Referral decision', 'other-case-' || n, 'other-execution-' || n, timestamp '2027-01-04 23:59:59.999',"
                + " timestamp '2027-01-04 23:59:59.999', now() from generate_series(1, ?) as n", OTHER_STEPS);
        jdbc.execute("analyze CF_STEP");
        jdbc.execute("analyze CF_STEP_WORKER");
        jdbc.execute("analyze CF_ESCALATION");
        Map<String, Long> before = rowsReadSettled();

        // a plan's review gets a worker and has its deadline moved
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "initialConferenceOn", "2026-12-18"));
        engine.getTaskService().setAssignee(task("Task_HoldReviewConference", plan).getId(), "sw.north");
        engine.getRuntimeService().setVariable(plan.getId(), "initialConferenceOn", "2026-12-21");
        openDeadlines.recompute(plan.getId());

        // a referral's decision escalates and its managers record their oversight
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z", "childName", "Alex"));
        clock.setAndFire(at("2026-12-30T09:00"));
        engine.getIdentityService().setAuthentication("tm.north", List.of("north-managers"));
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").singleResult().getId(), withVariables("delayReason", "Worker off sick",
                "nextAction", "Duty manager decides", "newTargetDate", "2027-01-05"));
        engine.getIdentityService().clearAuthentication();
        assertThat(jdbc.queryForObject("select ESCALATION_STATE_ from CF_STEP where PROC_INST_ID_ = ? and STEP_ID_ = ?",
                String.class, referral.getId(), "SubProcess_ReferralDecision")).isEqualTo("oversight-recorded");

        Map<String, Long> after = rowsReadSettled();
        Map<String, Long> read = PADDED.stream().collect(Collectors.toMap(table -> table, table -> after.get(table) - before.get(table)));
        assertThat(read.get("cf_step")).as("the step's own rows, read as PostgreSQL's statistics count them").isPositive();
        assertThat(read).as("rows of each ledger table read by the step's changes").allSatisfy((table, rows) ->
                assertThat(rows).as(table).isLessThan(OTHER_STEPS / 10));
    }

    /** The other steps were this test's alone: a context shared with other tests on PostgreSQL does not see them. */
    @AfterEach
    void removeTheOtherSteps() {
        jdbc.update("delete from CF_STEP_WORKER where OCCURRENCE_ID_ like 'other-%'");
        jdbc.update("delete from CF_STEP where ID_ like 'other-%'");
        jdbc.update("delete from CF_ESCALATION where ID_ like 'other-%'");
    }

    /** The rows of each ledger table read so far, whole or through an index. */
    private Map<String, Long> rowsReadSettled() throws InterruptedException, SQLException {
        return new PostgresActivity(dataSource, jdbc).settled("select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
                + " from pg_stat_user_tables where relname in ('cf_step', 'cf_step_worker', 'cf_escalation')");
    }
}
