package org.careflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An overdue referral decision (received Thu 24 Dec 2026 16:00, due Tue 29 Dec 2026) escalates to
 * the team's managers when the deadline passes, and to heads of service one working day later
 * if the step is still open and no oversight has been recorded.
 */
class EscalationProcessTest extends ProcessTest {

    ProcessInstance referral;

    @BeforeEach
    void startReferralOverChristmas() {
        clock.set(at("2026-12-24T17:00"));
        referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
    }

    @Test
    void nothingEscalatesUntilTheDeadlineDayHasEnded() {
        clock.setAndFire(at("2026-12-29T23:59"));

        assertThat(escalations()).isEmpty();
    }

    @Test
    void theTeamsManagersRecordOversightOnceTheDeadlinePasses() {
        clock.setAndFire(at("2026-12-30T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight");
        Task oversight = task("Task_RecordOversight", escalation);
        assertThat(oversight).hasCandidateGroup("north-managers").hasDueDate(endOf("2026-12-30"));
        assertThat(oversight.getName())
                .isEqualTo("Record oversight: Decide on referral overdue · " + referral.getBusinessKey());
        assertThat(referral).isWaitingAt("Task_DecideOnReferral", "CallActivity_EscalateReferralDecision");
    }

    @Test
    void aHeadOfServiceReviewsWhenNoOversightIsRecordedAWorkingDayLater() {
        clock.setAndFire(at("2026-12-30T00:00:01"));
        clock.setAndFire(at("2026-12-30T23:59"));
        assertThat(onlyEscalation()).isNotWaitingAt("Task_ReviewEscalation");

        clock.setAndFire(at("2026-12-31T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight", "Task_ReviewEscalation");
        assertThat(task("Task_ReviewEscalation", escalation)).hasCandidateGroup("heads-of-service");
    }

    @Test
    void recordedOversightStopsTheEscalationToHeadsOfService() {
        clock.setAndFire(at("2026-12-30T09:00"));
        ProcessInstance escalation = onlyEscalation();

        engine.getTaskService().complete(task("Task_RecordOversight", escalation).getId(), withVariables(
                "delayReason", "Worker off sick over Christmas", "nextAction", "Duty worker decides today",
                "newTargetDate", "2026-12-30"));
        clock.setAndFire(at("2027-01-05T09:00"));

        assertThat(escalation).isEnded().hasPassed("EndEvent_OversightRecorded").hasNotPassed("Task_ReviewEscalation");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(escalation.getId()).count()).isZero();
    }

    @Test
    void aStepDoneMeanwhileGoesNoFurtherThanTheManagers() {
        clock.setAndFire(at("2026-12-30T09:00"));
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), withVariables(
                "decision", "assessment", "decisionReasons", "Needs assessment", "referrerInformed", "yes"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));

        clock.setAndFire(at("2026-12-31T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight").hasPassed("EndEvent_StepDoneMeanwhile");
        assertThat(referral).isWaitingAt("CallActivity_EscalateReferralDecision");
    }

    @Test
    void aCaseMovedInLongAfterItsDeadlineReachesManagersAndHeadsOfServiceAtOnce() {
        clock.set(at("2026-11-24T10:00"));
        ProcessInstance movedIn = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "south", "referralReceivedAt", "2025-01-06"));

        clock.fireDueJobs();

        ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(movedIn.getId()).singleResult();
        assertThat(escalation).isWaitingAt("Task_RecordOversight", "Task_ReviewEscalation");
        assertThat(task("Task_RecordOversight", escalation)).hasCandidateGroup("south-managers");
        assertThat(task("Task_ReviewEscalation", escalation)).hasCandidateGroup("heads-of-service");
    }

    @Test
    void aTimerThatHasFiredDoesNotFireAgain() {
        clock.setAndFire(at("2026-12-30T09:00"));
        clock.setAndFire(at("2027-01-08T09:00"));

        assertThat(escalations()).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewEscalation")
                .processInstanceBusinessKey(referral.getBusinessKey()).count()).isOne();
    }

    List<ProcessInstance> escalations() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(referral.getId()).list();
    }

    ProcessInstance onlyEscalation() {
        List<ProcessInstance> escalations = escalations();
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getBusinessKey()).isEqualTo(referral.getBusinessKey());
        return escalations.get(0);
    }
}
