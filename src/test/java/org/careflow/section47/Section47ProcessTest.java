package org.careflow.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.input.InvalidInputException;
import org.careflow.support.London;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

/**
 * timescales.md: a section 47 enquiry initiated at a strategy discussion on Thu 10 Dec 2026 has its
 * initial child protection conference due Tue 5 Jan 2027; a second discussion on 17 Dec changes nothing.
 */
class Section47ProcessTest extends ProcessTest {

    @Test
    void startedOnItsOwnTheEnquiryBeginsWithTheConferenceClockRunning() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");

        assertThat(section47).isWaitingAt("Task_CompleteSection47Enquiry");
        assertThat(task("Task_CompleteSection47Enquiry", section47)).hasCandidateGroup("north").hasDueDate(endOf("2027-01-05"));
        Job conferenceTimer = engine.getManagementService().createJobQuery().processInstanceId(section47.getId())
                .activityId("Timer_InitialConferenceOverdue").singleResult();
        assertThat(conferenceTimer.getDuedate()).isEqualTo(London.startOf("2027-01-06"));
    }

    @Test
    void aFurtherStrategyDiscussionDoesNotMoveTheConferenceDeadline() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");

        clock.set(at("2026-12-17T16:00"));
        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "further-strategy-discussion"));
        complete(section47, "Task_HoldFurtherStrategyDiscussion", withVariables(
                "furtherStrategyDiscussionOn", "2026-12-17", "furtherStrategyDiscussionByPolice", true,
                "furtherStrategyDiscussionNotes", "New disclosure"));
        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "convene-icpc"));

        assertThat(section47).isWaitingAt("Task_HoldInitialConference");
        assertThat(task("Task_HoldInitialConference", section47)).hasCandidateGroup("north").hasDueDate(endOf("2027-01-05"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(section47.getId())
                .activityId("Timer_InitialConferenceOverdue").singleResult().getDuedate()).isEqualTo(London.startOf("2027-01-06"));
    }

    @Test
    void fromAReferralTheStrategyDiscussionStartsTheEnquiry() {
        clock.set(at("2026-12-09T15:00"));
        ProcessInstance section47 = startWith("thresholdMetAt", "2026-12-09T14:00:00Z");
        assertThat(task("Task_HoldStrategyDiscussion", section47)).hasDueDate(endOf("2026-12-10"));

        clock.set(at("2026-12-10T17:00"));
        complete(section47, "Task_HoldStrategyDiscussion", withVariables("strategyDiscussionOn", "2026-12-10",
                "strategyDiscussionByPolice", true, "strategyDiscussionByHealth", true, "strategyDiscussionBySocialCare", true,
                "strategyDiscussionNotes", "Injuries unexplained", "section47Decision", "start-enquiry"));

        assertThat(section47).isWaitingAt("Task_CompleteSection47Enquiry");
        assertThat(task("Task_CompleteSection47Enquiry", section47)).hasDueDate(endOf("2027-01-05"));
    }

    @Test
    void aStrategyDiscussionMayDecideOnNoEnquiry() {
        clock.set(at("2026-12-10T17:00"));
        ProcessInstance section47 = startWith("thresholdMetAt", "2026-12-10");

        complete(section47, "Task_HoldStrategyDiscussion", withVariables("strategyDiscussionOn", "2026-12-10",
                "strategyDiscussionNotes", "Accident explained", "section47Decision", "no-enquiry"));

        assertThat(section47).isEnded().hasPassed("EndEvent_NoEnquiry");
    }

    @Test
    void aStrategyDiscussionCannotBeDatedInTheFuture() {
        clock.set(at("2026-12-10T17:00"));
        ProcessInstance section47 = startWith("thresholdMetAt", "2026-12-10");

        assertThatThrownBy(() -> complete(section47, "Task_HoldStrategyDiscussion", withVariables(
                "strategyDiscussionOn", "2026-12-11", "strategyDiscussionNotes", "x", "section47Decision", "start-enquiry")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("strategyDiscussionOn");
        assertThat(section47).isWaitingAt("Task_HoldStrategyDiscussion");
    }

    @Test
    void theConferenceRecordsItsChairOutcomeCategoryAndTimeliness() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");
        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "convene-icpc"));
        clock.set(at("2027-01-05T16:00"));
        String conference = task("Task_HoldInitialConference", section47).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(conference, withVariables(
                "initialConferenceOn", "2027-01-05", "conferenceChair", "R. Chair", "conferenceOutcome", "child-protection-plan",
                "conferenceDecisions", "Plan")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("categoryOfAbuse");

        engine.getTaskService().complete(conference, withVariables("initialConferenceOn", "2027-01-05",
                "conferenceChair", "R. Chair", "conferenceOutcome", "child-protection-plan", "categoryOfAbuse", "NEG",
                "conferenceDecisions", "Plan"));

        assertThat(section47).isEnded().hasPassed("EndEvent_ChildProtectionPlanMade").variables()
                .containsEntry("categoryOfAbuse", "NEG")
                .containsEntry("icpcDeadline", "2027-01-05")
                .containsEntry("icpcMet", true)
                .containsEntry("icpcWorkingDays", 15);
    }

    @Test
    void noPlanNeedsNoCategory() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");
        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "convene-icpc"));

        complete(section47, "Task_HoldInitialConference", withVariables("initialConferenceOn", "2026-12-11",
                "conferenceChair", "R. Chair", "conferenceOutcome", "no-plan", "conferenceDecisions", "Child in need"));

        assertThat(section47).isEnded().hasPassed("EndEvent_Section47Closed");
    }

    @Test
    void enquiryOutcomesThatNeedNoConferenceCloseTheSection47() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");

        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "not-substantiated"));

        assertThat(section47).isEnded().hasPassed("EndEvent_NotSubstantiated", "EndEvent_Section47Closed");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(section47.getId()).count()).isZero();
    }

    @Test
    void anOverdueConferenceEscalatesToTheTeamsManagers() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = startWith("strategyDiscussionOn", "2026-12-10");
        complete(section47, "Task_CompleteSection47Enquiry", enquiry(section47, "convene-icpc"));

        clock.setAndFire(at("2027-01-05T23:59"));
        assertThat(escalations(section47)).isZero();
        clock.setAndFire(at("2027-01-06T00:00:01"));

        assertThat(escalations(section47)).isOne();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(section47.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").taskCandidateGroup("north-managers").count()).isOne();
    }

    @Test
    void withNeitherDateTheSection47IsRefused() {
        clock.set(at("2026-12-11T09:00"));

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("section47", "CF-" + UUID.randomUUID(),
                withVariables("team", "north")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("strategyDiscussionOn");
    }

    ProcessInstance startWith(String dateVariable, String date) {
        return engine.getRuntimeService().startProcessInstanceByKey("section47", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", dateVariable, date));
    }

    long escalations(ProcessInstance section47) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation")
                .superProcessInstanceId(section47.getId()).count();
    }

    /** The enquiry's answers; it started on the day of the strategy discussion that initiated it. */
    Map<String, Object> enquiry(ProcessInstance section47, String outcome) {
        return withVariables("enquiryFindings", "Findings", "childViews", "Wants to stay at home", "enquiryOutcome", outcome,
                "section47StartedOn", engine.getRuntimeService().getVariable(section47.getId(), "strategyDiscussionOn"));
    }
}
