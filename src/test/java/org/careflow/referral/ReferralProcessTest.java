package org.careflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class ReferralProcessTest extends ProcessTest {

    @Autowired
    ReferralPolicy policy;

    @AfterEach
    void tearDown() {
        policy.setManagerAgreement(true);
    }

    @ParameterizedTest(name = "received {0} -> decision due {1}")
    @CsvSource({
            // Christmas Day and Boxing Day 2025 skipped (issue 2's worked example)
            "2025-12-24T16:00:00Z, 2025-12-29",
            // timescales.md: referral over Christmas 2026 (Boxing Day's substitute is Mon 28 Dec)
            "2026-12-24T16:00:00Z, 2026-12-29",
            // timescales.md: a holiday weekend; Sat 26 Dec 2026 is day 0, never skipped twice
            "2026-12-26, 2026-12-29",
            // British Summer Time: 23:30Z on 24 Oct 2026 is already Sunday 25 Oct in London
            "2026-10-24T23:30:00Z, 2026-10-26",
    })
    void decisionIsDueOneWorkingDayAfterTheDayOfReceipt(String receivedAt, String due) {
        clock.set(at("2027-01-04T09:00"));

        ProcessInstance referral = startReferral("north", receivedAt);

        assertThat(referral).isWaitingAt("Task_DecideOnReferral");
        Task decide = task("Task_DecideOnReferral", referral);
        assertThat(decide).hasCandidateGroup("north").hasDueDate(endOf(due));
        assertThat(decide.getFollowUpDate()).isEqualTo(startOf(due));
        assertThat(decide.getName()).isEqualTo("Decide on referral · " + referral.getBusinessKey());
    }

    @Test
    void managerAgreesOrReturnsTheDecisionWithTheSameDeadline() {
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = startReferral("north", "2026-12-24T16:00:00Z");

        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("assessment"));

        Task agree = task("Task_AgreeReferralDecision", referral);
        assertThat(agree).hasCandidateGroup("north-managers").hasDueDate(endOf("2026-12-29"));
        engine.getTaskService().complete(agree.getId(), withVariables(
                "managerAgrees", "no", "managerComments", "Speak to the school first"));

        assertThat(referral).isWaitingAt("Task_DecideOnReferral");
        assertThat(task("Task_DecideOnReferral", referral)).hasDueDate(endOf("2026-12-29"));
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("strategy-discussion"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));

        assertThat(referral).isEnded().variables()
                .containsEntry("decision", "strategy-discussion")
                .containsEntry("referralDecidedAt", at("2026-12-24T17:00"));
    }

    @Test
    void withoutManagerAgreementTheDecisionStandsAlone() {
        policy.setManagerAgreement(false);
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = startReferral("south", "2026-12-24T16:00:00Z");

        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("no-further-action"));

        assertThat(referral).isEnded().hasPassed("EndEvent_ReferralClosed").variables()
                .containsEntry("decision", "no-further-action");
    }

    @Test
    void anAssessmentDecisionStartsTheAssessmentOfTheSameCase() {
        clock.set(at("2025-12-01T11:00"));
        ProcessInstance referral = startReferral("north", "2025-12-01T09:30:00Z");
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("assessment"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));

        assertThat(referral).isEnded().hasPassed("EndEvent_AssessmentRequested");
        ProcessInstance assessment = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("assessment").processInstanceBusinessKey(referral.getBusinessKey()).singleResult();
        assertThat(assessment).isWaitingAt("Task_SeeChild", "Task_CompleteAssessment")
                .variables().containsEntry("team", "north").containsEntry("assessmentStartedOn", at("2025-12-01T11:00"));
        // timescales.md: referral Mon 1 Dec 2025, assessment due Thu 5 Feb 2026
        assertThat(task("Task_CompleteAssessment", assessment)).hasDueDate(endOf("2026-02-05"));
    }

    @Test
    void aStrategyDiscussionDecisionStartsSection47ForTheSameCase() {
        policy.setManagerAgreement(false);
        clock.set(at("2026-12-09T15:00"));
        ProcessInstance referral = startReferral("north", "2026-12-09T10:00:00Z");
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("strategy-discussion"));

        ProcessInstance section47 = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("section47").processInstanceBusinessKey(referral.getBusinessKey()).singleResult();
        assertThat(section47).isWaitingAt("Task_HoldStrategyDiscussion");
        assertThat(task("Task_HoldStrategyDiscussion", section47)).hasCandidateGroup("north").hasDueDate(endOf("2026-12-10"));
    }

    @Test
    void aReferralDecidedAsAStrategyDiscussionAlsoStartsTheAssessmentDue45WorkingDaysFromReceipt() {
        policy.setManagerAgreement(false);
        clock.set(at("2025-12-01T15:00"));
        ProcessInstance referral = startReferral("north", "2025-12-01T09:30:00Z");

        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), decision("strategy-discussion"));

        assertThat(referral).isEnded().hasPassed("Event_AssessmentStartedAlongside", "EndEvent_StrategyDiscussionRequested");
        ProcessInstance assessment = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("assessment").processInstanceBusinessKey(referral.getBusinessKey()).singleResult();
        // timescales.md: referral Mon 1 Dec 2025, assessment due Thu 5 Feb 2026, over Christmas and New Year
        assertThat(task("Task_CompleteAssessment", assessment)).hasDueDate(endOf("2026-02-05"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("section47")
                .processInstanceBusinessKey(referral.getBusinessKey()).count()).isOne();
    }

    @Test
    void aDecisionWithoutReasonsDoesNotCompleteTheTask() {
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = startReferral("north", "2026-12-24T16:00:00Z");
        String taskId = task("Task_DecideOnReferral", referral).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(
                "decision", "assessment", "referrerInformed", "yes")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("decisionReasons");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(
                "decision", "adopt", "decisionReasons", "x", "referrerInformed", "yes")))
                .rootCause().hasMessageContaining("decision").hasMessageContaining("adopt");

        assertThat(referral).isWaitingAt("Task_DecideOnReferral");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown team               | west  | 2026-12-24T16:00:00Z | team",
            "a manager group, not a team | north-managers | 2026-12-24T16:00:00Z | team",
            "not a date                 | north | yesterday            | referralReceivedAt",
            "a date in another format   | north | 24/12/2026           | referralReceivedAt",
            "a date that does not exist | north | 2026-02-30           | referralReceivedAt",
            "a date-time without offset | north | 2026-12-24T16:00:00  | referralReceivedAt",
            "later than now             | north | 2026-12-25T09:00:00Z | referralReceivedAt",
    })
    void badInputIsRefusedNamingTheFieldAndStartsNothing(String why, String team, String receivedAt, String field) {
        clock.set(at("2026-12-24T17:00"));
        String caseReference = "CF-" + UUID.randomUUID();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference,
                withVariables("team", team, "referralReceivedAt", receivedAt)))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).count()).isZero();
    }

    @Test
    void aCaseReferenceIsRequired() {
        clock.set(at("2026-12-24T17:00"));
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("referral",
                withVariables("team", "north", "referralReceivedAt", "2026-12-24")))
                .rootCause().hasMessageContaining("businessKey");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aStartFormMayGiveTheCaseReferenceAsAVariable() {
        clock.set(at("2026-12-24T17:00"));
        String caseReference = "CF-" + UUID.randomUUID();

        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral",
                withVariables("caseReference", caseReference, "team", "north", "referralReceivedAt", "2026-12-24"));

        assertThat(task("Task_DecideOnReferral", referral).getName()).endsWith(caseReference);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).count()).isOne();
    }

    ProcessInstance startReferral(String team, Object receivedAt) {
        return engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", team, "referralReceivedAt", receivedAt));
    }

    static Map<String, Object> decision(String decision) {
        return withVariables("decision", decision, "decisionReasons", "Reasons recorded",
                "referrerInformed", "yes");
    }
}
