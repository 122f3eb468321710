package org.careflow.childinneed;

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
import org.junit.jupiter.api.Test;

/**
 * A child in need plan at the local timescales of timescales.md: reviews 3 months from the plan's start,
 * then from the last review held; visits 20 working days from the last at which the child was seen;
 * overdue steps escalated; ended by a review with the census' reason, or by a protection plan.
 */
class ChildInNeedPlanProcessTest extends ProcessTest {

    @Test
    void aPlanStartingMonday7December2026HasItsFirstReviewDueSunday7MarchHeldByFriday5March() {
        clock.set(at("2026-12-07T15:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));

        assertThat(plan).isWaitingAt("Task_VisitChild", "Task_HoldChildInNeedReview");
        // timescales.md: first review due Sun 7 Mar 2027, so held by Fri 5 Mar 2027
        Task review = task("Task_HoldChildInNeedReview", plan);
        assertThat(review).hasCandidateGroup("north").hasDueDate(endOf("2027-03-07"));
        assertThat(review.getFollowUpDate()).isEqualTo(startOf("2027-03-05"));
        // 20 working days across Christmas: Fri 25 and Mon 28 Dec 2026 and Fri 1 Jan 2027 are bank holidays
        assertThat(task("Task_VisitChild", plan)).hasCandidateGroup("north").hasDueDate(endOf("2027-01-07"));
    }

    @Test
    void eachReviewRunsThreeMonthsFromTheActualDateOfThePreviousOne() {
        clock.set(at("2027-03-04T16:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));

        complete(plan, "Task_HoldChildInNeedReview", review("2027-03-04", "continue"));

        assertThat(task("Task_HoldChildInNeedReview", plan)).hasDueDate(endOf("2027-06-04"));
        assertThat(engine.getRuntimeService().getVariable(plan.getId(), "lastReviewOn")).isEqualTo("2027-03-04");
    }

    @Test
    void visitsRunFromTheLastVisitAtWhichTheChildWasSeen() {
        clock.set(at("2027-01-05T16:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));

        complete(plan, "Task_VisitChild", visit("2027-01-05", "yes"));
        // 20 working days from Tue 5 Jan 2027: Tue 2 Feb 2027
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-02-02"));

        clock.set(at("2027-01-20T10:00"));
        complete(plan, "Task_VisitChild", visit("2027-01-20", "no"));
        assertThat(task("Task_VisitChild", plan)).as("a visit without seeing the child does not restart the clock")
                .hasDueDate(endOf("2027-02-02"));
    }

    @Test
    void overdueVisitsAndReviewsReachTheTeamsManagers() {
        clock.set(at("2026-12-07T15:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));

        clock.setAndFire(at("2027-01-08T00:00:01"));
        assertThat(escalationTasks(plan, "Visit the child")).isOne();
        assertThat(escalationTasks(plan, "Review the child in need plan")).isZero();
        clock.setAndFire(at("2027-03-08T00:00:01"));
        assertThat(escalationTasks(plan, "Review the child in need plan")).isOne();
    }

    @Test
    void aReviewEndsThePlanWithTheCensusReasonForClosureAndEveryClockWithIt() {
        clock.set(at("2027-03-04T16:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));
        String review = task("Task_HoldChildInNeedReview", plan).getId();

        Map<String, Object> noReason = review("2027-03-04", "end-plan");
        assertThatThrownBy(() -> engine.getTaskService().complete(review, noReason))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("cinClosureReason");
        Map<String, Object> afterAssessment = review("2027-03-04", "end-plan");
        afterAssessment.put("cinClosureReason", "RC8");
        assertThatThrownBy(() -> engine.getTaskService().complete(review, afterAssessment))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("RC8");

        Map<String, Object> ended = review("2027-03-04", "end-plan");
        ended.put("cinClosureReason", "RC4");
        engine.getTaskService().complete(review, ended);

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanEnded", "EndEvent_PlanClosed");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey()).count()).isZero();
    }

    @Test
    void aStrategyDiscussionRunsAlongsideThePlanAndAProtectionPlanForTheCaseEndsIt() {
        clock.set(at("2027-02-01T16:00"));
        ProcessInstance plan = startPlan(withVariables("cinPlanStartedOn", "2026-12-07"));

        complete(plan, "Task_HoldChildInNeedReview", review("2027-02-01", "strategy-discussion"));

        assertThat(plan).isNotEnded().isWaitingAt("Task_VisitChild", "Task_HoldChildInNeedReview");
        ProcessInstance section47 = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("section47").processInstanceBusinessKey(plan.getBusinessKey()).singleResult();
        assertThat(section47).isNotNull().variables().containsEntry("thresholdMetAt", "2027-02-01").containsEntry("team", "north");

        complete(section47, "Task_HoldStrategyDiscussion", withVariables("strategyDiscussionOn", "2027-02-01",
                "strategyDiscussionNotes", "Agreed an enquiry", "section47Decision", "start-enquiry"));
        complete(section47, "Task_CompleteSection47Enquiry", withVariables("enquiryFindings", "F", "childViews", "V",
                "enquiryOutcome", "convene-icpc", "section47StartedOn", "2027-02-01"));
        complete(section47, "Task_HoldInitialConference", withVariables("initialConferenceOn", "2027-02-01",
                "conferenceChair", "Chair", "conferenceOutcome", "child-protection-plan", "categoryOfAbuse", "NEG",
                "conferenceDecisions", "Plan"));

        assertThat(plan).isEnded().hasPassed("Event_ChildProtectionPlanStarted", "EndEvent_SteppedUp");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("childProtectionPlan")
                .processInstanceBusinessKey(plan.getBusinessKey()).count()).isOne();
    }

    @Test
    void anAssessmentRecommendingAPlanStartsItFromTheDayItWasAuthorised() {
        clock.set(at("2027-01-14T11:00"));
        ProcessInstance assessment = engine.getRuntimeService().startProcessInstanceByKey("assessment", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2027-01-04", "assessmentStartedOn", "2027-01-05"));
        complete(assessment, "Task_SeeChild", withVariables("childSeenOn", "2027-01-06", "seenAlone", "yes", "childViews", "V"));
        complete(assessment, "Task_CompleteAssessment", withVariables("worries", "W", "workingWell", "G", "needsToHappen", "S",
                "safetyScale", 5, "analysis", "A", "assessmentFactors", "3B", "recommendation", "child-in-need-plan"));
        complete(assessment, "Task_AuthoriseAssessment", withVariables("assessmentAuthorised", "yes", "primaryNeedCode", "N1",
                "authorisationComments", "Agreed"));

        ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("childInNeedPlan").processInstanceBusinessKey(assessment.getBusinessKey()).singleResult();
        assertThat(plan).isNotNull().isWaitingAt("Task_VisitChild", "Task_HoldChildInNeedReview");
        // authorised Thu 14 Jan 2027: the first review due Wed 14 Apr 2027
        assertThat(task("Task_HoldChildInNeedReview", plan)).hasDueDate(endOf("2027-04-14"));
    }

    @Test
    void aPlanStartsOnlyFromADateThatHasHappened() {
        clock.set(at("2027-01-14T11:00"));
        assertThatThrownBy(() -> startPlan(withVariables("cinPlanStartedOn", "2027-01-15")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("cinPlanStartedOn");
        assertThatThrownBy(() -> startPlan(new java.util.HashMap<>()))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("cinPlanStartedOn");
    }

    ProcessInstance startPlan(Map<String, Object> variables) {
        variables.put("team", "north");
        return engine.getRuntimeService().startProcessInstanceByKey("childInNeedPlan", "CF-" + UUID.randomUUID(), variables);
    }

    long escalationTasks(ProcessInstance plan, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").taskCandidateGroup("north-managers")
                .list().stream().filter(task -> step.equals(overdueStepOf(task.getProcessInstanceId()))).count();
    }

    static Map<String, Object> review(String heldOn, String decision) {
        return withVariables("cinPlanReviewOn", heldOn, "childViews", "Wants to stay with mum", "seenAlone", "yes",
                "cinPlanReviewDecision", decision, "cinPlanReviewNotes", "Notes");
    }

    static Map<String, Object> visit(String visitedOn, String seen) {
        Map<String, Object> visit = withVariables("visitedOn", visitedOn, "visitLocation", "home", "childSeen", seen,
                "visitObservations", "Observations");
        if (seen.equals("yes")) {
            visit.put("seenAlone", "yes");
            visit.put("childViews", "Happy at school");
        } else {
            visit.put("childNotSeenReason", "Out with friends");
        }
        return visit;
    }
}
