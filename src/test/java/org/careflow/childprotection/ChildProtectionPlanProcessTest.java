package org.careflow.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

class ChildProtectionPlanProcessTest extends ProcessTest {

    @Test
    void anIcpcOnFriday18December2026SetsTheFirstCoreGroupReviewAndVisit() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        assertThat(plan).isWaitingAt("Task_HoldCoreGroup", "Task_VisitChild", "Task_HoldReviewConference");
        // timescales.md: core group due Wed 6 Jan 2027, first review due Thu 18 Mar 2027
        assertThat(task("Task_HoldCoreGroup", plan)).hasCandidateGroup("north").hasDueDate(endOf("2027-01-06"));
        assertThat(task("Task_HoldReviewConference", plan)).hasCandidateGroup("north").hasDueDate(endOf("2027-03-18"));
        assertThat(task("Task_VisitChild", plan)).hasCandidateGroup("north").hasDueDate(endOf("2027-01-06"));
    }

    @Test
    void eachReviewRunsSixMonthsFromTheActualDateOfThePreviousOne() {
        clock.set(at("2027-03-11T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        complete(plan, "Task_HoldReviewConference", review("2027-03-11", "continue"));

        // timescales.md: next review due Sat 11 Sep 2027, so held by Fri 10 Sep 2027
        Task next = task("Task_HoldReviewConference", plan);
        assertThat(next).hasDueDate(endOf("2027-09-11"));
        assertThat(next.getFollowUpDate()).isEqualTo(startOf("2027-09-10"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
                .activityId("Timer_ReviewOverdue").singleResult().getDuedate()).isEqualTo(startOf("2027-09-12"));
    }

    @Test
    void aFirstReviewAtMonthEndFallsOnTheLastDayOfFebruary() {
        clock.set(at("2026-11-30T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-11-30"));

        // timescales.md: ICPC Mon 30 Nov 2026, first review due Sun 28 Feb 2027, held by Fri 26 Feb
        Task review = task("Task_HoldReviewConference", plan);
        assertThat(review).hasDueDate(endOf("2027-02-28"));
        assertThat(review.getFollowUpDate()).isEqualTo(startOf("2027-02-26"));
    }

    @Test
    void aFirstReviewInALeapYearFallsOn29February() {
        clock.set(at("2027-11-30T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2027-11-30"));

        assertThat(task("Task_HoldReviewConference", plan)).hasDueDate(endOf("2028-02-29"));
    }

    @Test
    void visitsRunFromTheLastVisitAtWhichTheChildWasSeenAcrossChristmas() {
        clock.set(at("2026-12-22T17:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-14"));

        complete(plan, "Task_VisitChild", visit("2026-12-22", "yes"));

        // timescales.md: last visit Tue 22 Dec 2026, 10-working-day standard: next visit due Fri 8 Jan 2027
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-01-08"));

        clock.set(at("2027-01-04T10:00"));
        complete(plan, "Task_VisitChild", visit("2027-01-04", "no"));
        assertThat(task("Task_VisitChild", plan)).as("a visit without seeing the child does not restart the clock")
                .hasDueDate(endOf("2027-01-08"));
    }

    @Test
    void aVideoCallIsRecordedButDoesNotCountAsAVisitByDefault() {
        clock.set(at("2026-12-22T17:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-14"));
        Map<String, Object> videoCall = visit("2026-12-22", "yes");
        videoCall.put("visitLocation", "video-call");

        complete(plan, "Task_VisitChild", videoCall);

        // still due 10 working days from the ICPC on Mon 14 Dec 2026 (Wed 30 Dec, Christmas and Boxing Day
        // skipped), not from the call (Fri 8 Jan 2027, as a visit in person would make it)
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2026-12-30"));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
                .variableName("visitCounts").singleResult().getValue()).isEqualTo(false);
    }

    @Test
    void aVisitAtWhichTheChildWasNotSeenKeepsTheCaseOverdueWithoutEscalatingTheSameLatenessTwice() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));
        // The first visit was due Wed 6 Jan 2027: it escalates on Thu 7 Jan
        clock.setAndFire(at("2027-01-07T10:00"));
        assertThat(escalationTasks(plan, "Visit the child")).isOne();

        complete(plan, "Task_VisitChild", visit("2027-01-07", "no"));
        clock.setAndFire(at("2027-01-07T10:05"));

        assertThat(task("Task_VisitChild", plan)).as("still due as it was").hasDueDate(endOf("2027-01-06"));
        assertThat(escalationTasks(plan, "Visit the child")).as("one escalation of one lateness").isOne();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_AlreadyEscalated")
                .list()).extracting(activity -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(activity.getProcessInstanceId()).singleResult().getBusinessKey())
                // the engine is shared by the tests: this case's escalations alone
                .filteredOn(plan.getBusinessKey()::equals).hasSize(1);
    }

    @Test
    void aReviewThatChangesTheVisitStandardReTimesTheOpenVisit() {
        clock.set(at("2027-03-11T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18", "lastVisitOn", "2027-03-08"));
        // 10 working days from Mon 8 Mar 2027: Mon 22 Mar
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-03-22"));

        Map<String, Object> weekly = review("2027-03-11", "continue");
        weekly.put("visitTimescale", "cp-visit-weekly");
        complete(plan, "Task_HoldReviewConference", weekly);

        // weekly from the last visit, Mon 8 Mar 2027: Mon 15 Mar, its timer with it
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-03-15"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
                .activityId("Timer_VisitOverdue").singleResult().getDuedate()).isEqualTo(startOf("2027-03-16"));
    }

    @Test
    void aPlanMaySetAFortnightlyVisitStandard() {
        clock.set(at("2026-12-22T17:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-14",
                "visitTimescale", "cp-visit-fortnightly"));

        complete(plan, "Task_VisitChild", visit("2026-12-22", "yes"));

        // timescales.md: 2-week standard from Tue 22 Dec 2026: Tue 5 Jan 2027
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-01-05"));
    }

    @Test
    void laterCoreGroupsRunAtTheLocalFrequencyFromTheLastOneHeld() {
        clock.set(at("2027-01-05T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        complete(plan, "Task_HoldCoreGroup", withVariables("coreGroupHeldOn", "2027-01-05",
                "coreGroupAttendees", "Mother, school, health visitor", "coreGroupProgress", "Started", "coreGroupActions", "Actions"));

        assertThat(task("Task_HoldCoreGroup", plan)).hasDueDate(endOf("2027-02-05"));
    }

    @Test
    void aPlanAlreadyRunningStartsFromItsLastReviewAndVisit() {
        clock.set(at("2027-04-01T09:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18",
                "lastReviewOn", "2027-03-11", "lastCoreGroupOn", "2027-03-20", "lastVisitOn", "2027-03-30"));

        assertThat(task("Task_HoldReviewConference", plan)).hasDueDate(endOf("2027-09-11"));
        assertThat(task("Task_HoldCoreGroup", plan)).hasDueDate(endOf("2027-04-20"));
        // 10 working days from Tue 30 Mar 2027, over Easter (Good Friday 26 Mar is before; Easter Monday 29 Mar too)
        assertThat(task("Task_VisitChild", plan)).hasDueDate(endOf("2027-04-13"));
    }

    @Test
    void overdueVisitsAndReviewsReachTheTeamsManagers() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        clock.setAndFire(at("2027-01-07T00:00:01"));
        assertThat(escalationTasks(plan, "Visit the child")).isOne();
        assertThat(escalationTasks(plan, "Hold core group")).isOne();
        assertThat(escalationTasks(plan, "Hold review conference")).isZero();

        complete(plan, "Task_HoldCoreGroup", withVariables("coreGroupHeldOn", "2027-01-06",
                "coreGroupAttendees", "All", "coreGroupProgress", "Some", "coreGroupActions", "Many"));
        complete(plan, "Task_VisitChild", visit("2027-01-06", "yes"));
        clock.setAndFire(at("2027-03-19T00:00:01"));
        assertThat(escalationTasks(plan, "Hold review conference")).isOne();
        clock.setAndFire(at("2027-03-20T00:00:01"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey())
                .taskDefinitionKey("Task_ReviewEscalation").taskCandidateGroup("heads-of-service")
                .list().stream().filter(task -> "Hold review conference".equals(overdueStepOf(task.getProcessInstanceId()))).count())
                .isOne();
    }

    @Test
    void aVisitDoneLateDoesNotGoToHeadsOfServiceOnceTheNextVisitIsOpen() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));
        clock.setAndFire(at("2027-01-07T09:00"));
        complete(plan, "Task_VisitChild", visit("2027-01-07", "yes"));

        clock.setAndFire(at("2027-01-08T00:00:01"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey())
                .taskDefinitionKey("Task_ReviewEscalation")
                .list().stream().filter(task -> "Visit the child".equals(overdueStepOf(task.getProcessInstanceId()))).count())
                .isZero();
    }

    @Test
    void endingThePlanEndsEveryOpenTaskAndTimer() {
        clock.set(at("2027-03-11T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));
        clock.fireDueJobs();
        assertThat(escalationTasks(plan, "Hold core group")).isOne();

        complete(plan, "Task_HoldReviewConference", review("2027-03-11", "end-plan-closure"));

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanEnded", "EndEvent_PlanClosed");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey()).count()).isZero();
        clock.setAndFire(at("2028-12-01T09:00"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey()).count()).isZero();
    }

    @Test
    void aPlanReaching18MonthsIsFlaggedToTheHeadOfService() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        clock.setAndFire(at("2028-06-18T23:59"));
        assertThat(plan).isNotWaitingAt("Task_ReviewLongRunningPlan");
        clock.setAndFire(at("2028-06-19T00:00:01"));

        assertThat(task("Task_ReviewLongRunningPlan", plan)).hasCandidateGroup("heads-of-service");
    }

    @Test
    void aPlanWhoseReviewAsksForTheLegalGatewayGoesOnWithItsClocksAlongsideTheProceedings() {
        clock.set(at("2027-01-05T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));
        complete(plan, "Task_VisitChild", visit("2027-01-05", "yes"));
        clock.set(at("2027-03-11T16:00"));

        complete(plan, "Task_HoldReviewConference", review("2027-03-11", "legal-gateway"));

        assertThat(plan).isNotEnded().hasPassed("Event_LegalGatewayRequested")
                .isWaitingAt("Task_HoldCoreGroup", "Task_VisitChild", "Task_HoldReviewConference");
        ProcessInstance proceedings = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("careProceedings").processInstanceBusinessKey(plan.getBusinessKey()).singleResult();
        assertThat(proceedings).isNotNull().variables().containsEntry("legalGatewayRequestedAt", "2027-03-11")
                .containsEntry("team", "north");
        // The next review runs 6 months from the one held: Sat 11 Sep 2027
        assertThat(task("Task_HoldReviewConference", plan)).hasDueDate(endOf("2027-09-11"));
        // Every plan clock keeps escalating: the visit due 10 working days after Tue 5 Jan 2027 (Tue 19 Jan) is long overdue
        clock.setAndFire(at("2027-03-12T09:00"));
        assertThat(escalationTasks(plan, "Visit the child")).isOne();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
                .activityId("Timer_ReviewOverdue").singleResult().getDuedate()).isEqualTo(startOf("2027-09-12"));
    }

    @Test
    void onlyAReviewThatEndsThePlanEndsIt() {
        clock.set(at("2027-03-11T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        complete(plan, "Task_HoldReviewConference", review("2027-03-11", "end-plan-child-in-need"));

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanEndedForChildInNeed", "EndEvent_PlanClosed");
    }

    @Test
    void aPlanEndedForAChildInNeedPlanStartsThatPlanFromTheReview() {
        clock.set(at("2027-03-12T16:00"));
        ProcessInstance plan = startPlan(withVariables("initialConferenceOn", "2026-12-18"));

        complete(plan, "Task_HoldReviewConference", review("2027-03-11", "end-plan-child-in-need"));

        ProcessInstance childInNeed = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("childInNeedPlan").processInstanceBusinessKey(plan.getBusinessKey()).singleResult();
        assertThat(childInNeed).isNotNull().variables().containsEntry("cinPlanStartedOn", "2027-03-11").containsEntry("team", "north");
        // its first review 3 months from the review that ended the protection plan: Fri 11 Jun 2027
        assertThat(task("Task_HoldChildInNeedReview", childInNeed)).hasDueDate(endOf("2027-06-11"));
    }

    @Test
    void aConferenceThatMakesAPlanStartsIt() {
        clock.set(at("2026-12-18T15:00"));
        ProcessInstance section47 = engine.getRuntimeService().startProcessInstanceByKey("section47", "CF-" + UUID.randomUUID(),
                withVariables("team", "south", "strategyDiscussionOn", "2026-12-01"));
        complete(section47, "Task_CompleteSection47Enquiry", withVariables("enquiryFindings", "F", "childViews", "V",
                "enquiryOutcome", "convene-icpc", "section47StartedOn", "2026-12-01"));
        complete(section47, "Task_HoldInitialConference", withVariables("initialConferenceOn", "2026-12-18",
                "conferenceChair", "Chair", "conferenceOutcome", "child-protection-plan", "categoryOfAbuse", "NEG",
                "conferenceDecisions", "Plan"));

        ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("childProtectionPlan").processInstanceBusinessKey(section47.getBusinessKey()).singleResult();
        assertThat(task("Task_HoldCoreGroup", plan)).hasCandidateGroup("south").hasDueDate(endOf("2027-01-06"));
    }

    ProcessInstance startPlan(Map<String, Object> variables) {
        variables.put("team", "north");
        return engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(), variables);
    }

    long escalationTasks(ProcessInstance plan, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").taskCandidateGroup("north-managers")
                .list().stream().filter(task -> step.equals(overdueStepOf(task.getProcessInstanceId()))).count();
    }

    static Map<String, Object> review(String heldOn, String decision) {
        Map<String, Object> review = withVariables("reviewHeldOn", heldOn, "conferenceChair", "IRO", "reviewDecision", decision,
                "reviewNotes", "Notes");
        if (decision.equals("continue")) {
            review.put("categoryOfAbuse", "NEG");
            review.put("visitTimescale", "cp-visit");
        }
        return review;
    }

    static Map<String, Object> visit(String on, String childSeen) {
        Map<String, Object> visit = withVariables("visitedOn", on, "visitLocation", "home", "childSeen", childSeen,
                "visitObservations", "Observed");
        if (childSeen.equals("yes")) {
            visit.put("seenAlone", "yes");
            visit.put("childViews", "Happy at school");
        } else {
            visit.put("childNotSeenReason", "At grandmother's");
        }
        return visit;
    }
}
