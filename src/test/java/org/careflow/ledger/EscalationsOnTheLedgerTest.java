package org.careflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.escalation.EscalationState;
import org.careflow.escalation.EscalationStates;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An overdue step's row follows its escalation through every stage in the engine's own commits, and
 * says at each what the escalations' history says ({@link EscalationStates}, which reads the engine's
 * history and fills the ledger of a database that ran cases before it was kept); each oversight the
 * managers record stays with the step, with who recorded it and the target they set.
 */
class EscalationsOnTheLedgerTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EscalationStates history;
    @Autowired
    LedgerBackfill backfill;

    @Test
    void aStepsRowFollowsItsEscalationFromTheManagersToAHeadOfService() {
        // received Thu 24 Dec 2026 16:00: the decision is due Tue 29 Dec and escalates as Wednesday begins
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z", "childName", "Alex"));
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "none").containsEntry("ESCALATIONS_", 0)
                .containsEntry("CHILD_NAME_", "Alex");
        assertThat(((Date) decision(referral).get("CLOCK_START_")).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        agreesWithTheHistory(referral, "none");

        clock.setAndFire(at("2026-12-30T09:00"));
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "awaiting-oversight").containsEntry("ESCALATIONS_", 1);
        agreesWithTheHistory(referral, "awaiting-oversight");

        engine.getIdentityService().setAuthentication("tm.north", List.of("north-managers"));
        engine.getTaskService().complete(recordOversight(referral).getId(), withVariables("delayReason", "Worker off sick",
                "nextAction", "Duty manager decides", "newTargetDate", "2027-01-05"));
        engine.getIdentityService().clearAuthentication();
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "oversight-recorded");
        assertThat(((Date) decision(referral).get("TARGET_DATE_")).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(jdbc.queryForMap("select * from CF_STEP_OVERSIGHT where STEP_ID_ = ?", decision(referral).get("ID_")))
                .containsEntry("RECORDED_BY_", "tm.north").containsEntry("DELAY_REASON_", "Worker off sick")
                .containsEntry("NEXT_ACTION_", "Duty manager decides");
        agreesWithTheHistory(referral, "oversight-recorded");
        aLedgerFilledFromTheHistoryWouldSayTheSame(referral);

        // the target passes with the decision still not made: the managers are asked again
        clock.setAndFire(at("2027-01-06T09:00"));
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "target-missed").containsEntry("TARGETS_MISSED_", 1)
                .containsEntry("ESCALATIONS_", 1);
        agreesWithTheHistory(referral, "target-missed");

        // and not recorded a working day later: a head of service reviews it
        clock.setAndFire(at("2027-01-08T09:00"));
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "with-head-of-service");
        agreesWithTheHistory(referral, "with-head-of-service");

        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
                .taskDefinitionKey("Task_ReviewEscalation").singleResult();
        engine.getTaskService().complete(review.getId(), withVariables("headOfServiceDecision", "Decide today",
                "headOfServiceTargetDate", "2027-01-08"));
        assertThat(decision(referral)).containsEntry("ESCALATION_STATE_", "reviewed-by-head-of-service");
        agreesWithTheHistory(referral, "reviewed-by-head-of-service");
    }

    /** The escalation under way, put on the step by the first start on a database from before the ledger, as it was kept. */
    private void aLedgerFilledFromTheHistoryWouldSayTheSame(ProcessInstance referral) {
        Map<String, Object> kept = decision(referral);
        jdbc.update("update CF_STEP set ESCALATION_ID_ = null, ESCALATION_STATE_ = 'none', ESCALATIONS_ = 0, TARGET_DATE_ = null,"
                + " TARGETS_MISSED_ = 0 where ID_ = ?", kept.get("ID_"));

        assertThat(backfill.fillEscalations()).isPositive();

        assertThat(decision(referral)).isEqualTo(kept);
    }

    /** The ledger's row and the escalations' history give the step the same stage, target and targets missed. */
    private void agreesWithTheHistory(ProcessInstance referral, String stage) {
        Map<String, Object> row = decision(referral);
        EscalationState fromHistory = history.latestOf(List.of(referral.getBusinessKey()))
                .getOrDefault(row.get("EXECUTION_ID_"), EscalationState.NONE);
        assertThat(fromHistory.state()).isEqualTo(stage);
        assertThat(row.get("ESCALATION_STATE_")).isEqualTo(fromHistory.state());
        assertThat(((Number) row.get("TARGETS_MISSED_")).longValue()).isEqualTo(fromHistory.targetsMissed());
        Object target = row.get("TARGET_DATE_");
        assertThat(target == null ? null : target.toString()).isEqualTo(fromHistory.newTargetDate());
    }

    private Map<String, Object> decision(ProcessInstance referral) {
        return jdbc.queryForMap("select * from CF_STEP where PROC_INST_ID_ = ? and STEP_ID_ = 'SubProcess_ReferralDecision'",
                referral.getId());
    }

    private Task recordOversight(ProcessInstance referral) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").singleResult();
    }
}
