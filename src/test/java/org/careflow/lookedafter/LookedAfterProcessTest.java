package org.careflow.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A looked-after child's clocks (timescales.md §3 and §4), on the real engine with its clock moved:
 * reviews chained from the dates actually held, visits re-timed by each placement, the care and
 * placement plans, the health assessment, the 903's episodes, and care leavers after.
 */
class LookedAfterProcessTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInterimCareOrderInCareProceedingsMakesTheChildLookedAfterFromThatDay() {
        clock.set(at("2026-12-14T15:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "issuedOn", "2026-12-11"));

        complete(proceedings, "Task_RecordInterimCareOrder", withVariables("interimCareOrderOn", "2026-12-14",
                "categoryOfNeed", "N1", "placementType", "U6", "placementProvider", "PR1", "placementPostcode", "LS1 4AP",
                "placementLongTerm", "no"));

        ProcessInstance lookedAfter = lookedAfterOf(proceedings.getBusinessKey());
        assertThat(lookedAfter).isNotNull().variables().containsEntry("lookedAfterOn", "2026-12-14").containsEntry("legalStatus", "C1")
                .containsEntry("team", "north");
        // timescales.md: looked after from Mon 14 Dec 2026, the first review due Thu 14 Jan 2027, chaired by an IRO
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasCandidateGroup("iro").hasDueDate(endOf("2027-01-14"));
        assertThat(proceedings).isNotEnded().isNotWaitingAt("Task_RecordInterimCareOrder");
        // the 903's first episode: a new period of care on the day of the order
        assertThat(jdbc.queryForList("select RNE_, LS_, PLACE_, PLACE_PROVIDER_, PL_POST_, DEC_ from CF_CARE_EPISODE where PROC_INST_ID_ = ?",
                lookedAfter.getId())).singleElement().satisfies(episode -> assertThat(episode).containsEntry("RNE_", "S")
                .containsEntry("LS_", "C1").containsEntry("PLACE_", "U6").containsEntry("PL_POST_", "LS1 4AP").containsEntry("DEC_", null));
    }

    @Test
    void reviewsRunFromTheDatesActuallyHeld() {
        clock.set(at("2027-01-14T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));

        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-01-14"));
        // timescales.md: held Thu 14 Jan 2027, the second due Wed 14 Apr 2027
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2027-04-14"));

        clock.set(at("2027-04-09T16:00"));
        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-04-09"));
        // later ones 6 months from the last held: Sat 9 Oct 2027, so held by Fri 8 Oct
        Task third = task("Task_HoldLookedAfterReview", lookedAfter);
        assertThat(third).hasDueDate(endOf("2027-10-09"));
        assertThat(third.getFollowUpDate()).isEqualTo(startOf("2027-10-08"));
        clock.set(at("2027-10-01T16:00"));
        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-10-01"));
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2028-04-01"));
    }

    @Test
    void anIroBringsTheNextReviewForwardAndTheChainRunsOnFromTheReviewHeld() {
        clock.set(at("2027-01-04T10:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));
        String request = task("Task_BringReviewForward", lookedAfter).getId();
        assertThat(task("Task_BringReviewForward", lookedAfter)).hasCandidateGroup("iro");

        // reg 33(3): to a day to come, earlier than the review is due (Thu 14 Jan 2027)
        for (String refused : new String[] {"2027-01-01", "2027-01-14", "2027-01-20"}) {
            assertThatThrownBy(() -> engine.getTaskService().complete(request, withVariables("lacReviewBroughtForwardTo", refused,
                    "reviewBroughtForwardReason", "Placement at risk")))
                    .as(refused).rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("lacReviewBroughtForwardTo");
        }
        engine.getTaskService().complete(request, withVariables("lacReviewBroughtForwardTo", "2027-01-07",
                "reviewBroughtForwardReason", "Placement at risk"));

        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2027-01-07"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(lookedAfter.getId())
                .activityId("Timer_ReviewOverdue").singleResult().getDuedate()).isEqualTo(startOf("2027-01-08"));
        assertThat(lookedAfter).isWaitingAt("Task_BringReviewForward");

        clock.set(at("2027-01-07T16:00"));
        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-01-07"));
        // the second review 3 months from the one held
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2027-04-07"));
    }

    @Test
    void aVisitWithinAWeekOfThePlacementThenEverySixWeeks() {
        clock.set(at("2026-12-29T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-23"));

        // timescales.md: placement starts Wed 23 Dec 2026, visit due Wed 30 Dec 2026
        assertThat(task("Task_VisitChild", lookedAfter)).hasCandidateGroup("north").hasDueDate(endOf("2026-12-30"));
        complete(lookedAfter, "Task_VisitChild", visit("2026-12-29"));
        // held Tue 29 Dec, the next due Tue 9 Feb 2027 (first year)
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-02-09"));
        // the care plan within 10 working days, the placement plan within 5, the health assessment within 20
        assertThat(task("Task_CompleteCarePlan", lookedAfter)).hasDueDate(endOf("2027-01-11"));
        assertThat(task("Task_CompletePlacementPlan", lookedAfter)).hasDueDate(endOf("2027-01-04"));
        assertThat(task("Task_CompleteHealthAssessment", lookedAfter)).hasDueDate(endOf("2027-01-25"));
    }

    @Test
    void aChangeOfPlacementReTimesTheNextVisitAndBeginsTheNextEpisode() {
        clock.set(at("2026-12-29T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-23"));
        complete(lookedAfter, "Task_VisitChild", visit("2026-12-29"));
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-02-09"));

        clock.set(at("2027-01-11T16:00"));
        complete(lookedAfter, "Task_RecordCareChange", withVariables("careChangedOn", "2027-01-11", "careChange", "placement",
                "newPlacementType", "K2", "newPlacementProvider", "PR4", "newPlacementPostcode", "M1 1AE", "newPlacementUrn", "SC123456",
                "newPlacementLongTerm", "no", "reasonPlacementChanged", "CREQB"));

        // a visit within a week of the new placement (Mon 18 Jan 2027), and its placement plan within 5 working days
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-01-18"));
        List<Task> plans = engine.getTaskService().createTaskQuery().processInstanceId(lookedAfter.getId())
                .taskDefinitionKey("Task_CompletePlacementPlan").orderByDueDate().asc().list();
        assertThat(plans).hasSize(2);
        assertThat(plans.get(1).getDueDate()).isEqualTo(endOf("2027-01-18"));
        // and the change can be recorded again: the task is back
        assertThat(lookedAfter).isWaitingAt("Task_RecordCareChange");
        List<Map<String, Object>> episodes = jdbc.queryForList("select RNE_, PLACE_, DECOM_, DEC_, REC_, REASON_PLACE_CHANGE_ from CF_CARE_EPISODE"
                + " where PROC_INST_ID_ = ? order by DECOM_, RECORDED_AT_", lookedAfter.getId());
        assertThat(episodes).hasSize(2);
        // the 903 records why a placement changed on the episode it ends
        assertThat(episodes.get(0)).containsEntry("PLACE_", "U6").containsEntry("REC_", "X1").containsEntry("REASON_PLACE_CHANGE_", "CREQB")
                .containsEntry("DEC_", java.sql.Date.valueOf("2027-01-11"));
        assertThat(episodes.get(1)).containsEntry("RNE_", "P").containsEntry("PLACE_", "K2").containsEntry("REASON_PLACE_CHANGE_", null)
                .containsEntry("DEC_", null);
    }

    @Test
    void aChildPlacedWithAParentBeforeAssessmentIsVisitedWeeklyUntilTheFirstReview() {
        clock.set(at("2027-01-08T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2027-01-04", "placementType", "P1",
                "placementProvider", "PR0", "placementApproval", "reg-19"));
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-01-11"));

        complete(lookedAfter, "Task_VisitChild", visit("2027-01-08"));
        // reg 28(3): weekly until the first review
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-01-15"));

        clock.set(at("2027-01-29T16:00"));
        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-01-29"));
        complete(lookedAfter, "Task_VisitChild", visit("2027-01-29"));
        // then at most every 6 weeks
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-03-12"));
    }

    @Test
    void aConnectedPersonOnTemporaryApprovalIsVisitedWeeklyThenEveryFourWeeks() {
        clock.set(at("2027-01-29T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2027-01-04", "placementType", "U3",
                "placementApproval", "reg-24"));
        complete(lookedAfter, "Task_HoldLookedAfterReview", review("2027-01-29"));

        complete(lookedAfter, "Task_VisitChild", visit("2027-01-29"));

        // reg 28(4): after the first review, at most every 4 weeks
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-02-26"));
        assertThatThrownBy(() -> start(withVariables("lookedAfterOn", "2027-01-04", "placementApproval", "reg-99")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("placementApproval");
    }

    @Test
    void aChangeOfLegalStatusAloneKeepsThePlacementAndItsVisits() {
        clock.set(at("2027-01-29T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-23"));
        complete(lookedAfter, "Task_VisitChild", visit("2026-12-29"));

        complete(lookedAfter, "Task_RecordCareChange", withVariables("careChangedOn", "2027-01-29", "careChange", "legal-status",
                "newLegalStatus", "C2"));

        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2027-02-09"));
        assertThat(engine.getRuntimeService().getVariable(lookedAfter.getId(), "legalStatus")).isEqualTo("C2");
        assertThat(jdbc.queryForList("select RNE_ from CF_CARE_EPISODE where PROC_INST_ID_ = ? and DEC_ is null", String.class,
                lookedAfter.getId())).containsExactly("L");
    }

    @Test
    void aLongTermPlacementIsVisitedEveryThreeMonthsAfterItsFirstYear() {
        clock.set(at("2027-12-28T16:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-23", "placementLongTerm", "yes",
                "lastVisitOn", "2027-12-01"));

        complete(lookedAfter, "Task_VisitChild", visit("2027-12-28"));

        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2028-03-28"));
    }

    @Test
    void whatThe903WouldRefuseIsRefusedAtTheStartNamingIt() {
        clock.set(at("2027-01-04T10:00"));
        for (Object[] refused : new Object[][] {{"legalStatus", "C9"}, {"placementType", "P2"}, {"placementProvider", "PR9"},
                {"categoryOfNeed", "N9"}, {"placementPostcode", "LS14AP?"}, {"homePostcode", "nowhere"}, {"placementUrn", "12345"}}) {
            Map<String, Object> variables = withVariables("lookedAfterOn", "2027-01-04");
            variables.put((String) refused[0], refused[1]);
            assertThatThrownBy(() -> start(variables)).as(refused[0].toString())
                    .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining(refused[0].toString());
        }
        assertThatThrownBy(() -> start(withVariables("lookedAfterOn", "2027-01-05")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("lookedAfterOn");
    }

    @Test
    void overdueStepsEscalateToTheTeamsManagers() {
        clock.set(at("2026-12-14T15:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));

        clock.setAndFire(at("2027-01-15T00:00:01"));

        assertThat(escalationTasks(lookedAfter, "Chair the looked-after review")).isOne();
        assertThat(escalationTasks(lookedAfter, "Visit the child")).isOne();
        assertThat(escalationTasks(lookedAfter, "Agree the care plan")).isOne();
    }

    @Test
    void healthReviewsRunEverySixMonthsUnderFiveAndEveryTwelveFromFive() {
        clock.set(at("2027-01-04T10:00"));
        ProcessInstance toddler = start(withVariables("lookedAfterOn", "2026-12-14", "childDateOfBirth", "2023-06-01"));
        ProcessInstance older = start(withVariables("lookedAfterOn", "2026-12-14", "childDateOfBirth", "2015-06-01"));

        for (ProcessInstance child : List.of(toddler, older)) {
            complete(child, "Task_CompleteHealthAssessment", withVariables("healthAssessmentOn", "2027-01-04", "healthNotes", "Well"));
        }

        // reg 8: 6 months from the assessment under 5, 12 months from 5
        assertThat(task("Task_CompleteHealthAssessment", toddler)).hasDueDate(endOf("2027-07-04"));
        assertThat(task("Task_CompleteHealthAssessment", older)).hasDueDate(endOf("2028-01-04"));
        // the toddler's review held after her 5th birthday: the next 12 months later
        clock.set(at("2028-07-03T10:00"));
        complete(toddler, "Task_CompleteHealthAssessment", withVariables("healthAssessmentOn", "2028-07-03", "healthNotes", "Well"));
        assertThat(task("Task_CompleteHealthAssessment", toddler)).hasDueDate(endOf("2029-07-03"));
    }

    @Test
    void aYoungPersonWhoTurnsSixteenInCareHasTheirNeedsAssessedWithinThreeMonths() {
        clock.set(at("2026-11-02T10:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-11-02", "childDateOfBirth", "2011-01-15"));
        assertThat(lookedAfter).isNotWaitingAt("Task_CompleteNeedsAssessment");

        clock.setAndFire(at("2027-01-16T00:00:01"));

        // timescales.md: 16th birthday Fri 15 Jan 2027, the needs assessment due Thu 15 Apr 2027
        assertThat(task("Task_CompleteNeedsAssessment", lookedAfter)).hasCandidateGroup("north").hasDueDate(endOf("2027-04-15"));
        assertThat(engine.getRuntimeService().getVariable(lookedAfter.getId(), "sixteenthBirthdayOn")).isEqualTo("2027-01-15");
    }

    @Test
    void withoutADateOfBirthNoNeedsAssessmentIsWaitedFor() {
        clock.set(at("2026-11-02T10:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-11-02"));

        clock.setAndFire(at("2043-01-01T00:00:01"));

        assertThat(lookedAfter).isNotWaitingAt("Task_CompleteNeedsAssessment").hasPassed("EndEvent_NoDateOfBirth");
    }

    @Test
    void aCareLeaversPathwayPlanReviewEscalatesWhenLate() {
        clock.set(at("2027-03-01T15:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));
        complete(lookedAfter, "Task_RecordEndOfCare", withVariables("careEndedOn", "2027-03-01", "careEndedReason", "E17",
                "careLeaverEligible", "yes", "careEndedNotes", "Staying put"));

        assertThat(lookedAfter).isEnded();
        assertThat(jdbc.queryForObject("select REC_ from CF_CARE_EPISODE where PROC_INST_ID_ = ?", String.class, lookedAfter.getId()))
                .isEqualTo("E17");
        ProcessInstance leaver = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careLeaver")
                .processInstanceBusinessKey(lookedAfter.getBusinessKey()).singleResult();
        assertThat(leaver).isNotNull().variables().containsEntry("leftCareOn", "2027-03-01");
        // the pathway plan reviewed within 6 months, the personal adviser in touch within 8 weeks
        assertThat(task("Task_ReviewPathwayPlan", leaver)).hasDueDate(endOf("2027-09-01"));
        assertThat(task("Task_KeepInTouch", leaver)).hasDueDate(endOf("2027-04-26")).hasCandidateGroup("personal-advisers");

        clock.setAndFire(at("2027-09-02T00:00:01"));
        assertThat(escalationTasks(leaver, "Review the pathway plan")).isOne();
    }

    @Test
    void aYoungPersonNotEligibleLeavesCareWithoutLeavingCareSupport() {
        clock.set(at("2027-03-01T15:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));
        complete(lookedAfter, "Task_RecordEndOfCare", withVariables("careEndedOn", "2027-02-26", "careEndedReason", "E4A",
                "careLeaverEligible", "no", "careEndedNotes", "Home"));

        assertThat(lookedAfter).isEnded().hasPassed("EndEvent_CareEndedHere");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careLeaver")
                .processInstanceBusinessKey(lookedAfter.getBusinessKey()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(lookedAfter.getBusinessKey()).count()).isZero();
    }

    @Test
    void aPersonalEducationPlanWithTheCarePlanThenReviewedEachTerm() {
        clock.set(at("2026-12-14T15:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14", "childDateOfBirth", "2016-03-01"));
        ProcessInstance baby = start(withVariables("lookedAfterOn", "2026-12-14", "childDateOfBirth", "2025-09-01"));

        // local: with the care plan, 10 working days from Mon 14 Dec 2026 across Christmas and New Year: Wed 30 Dec
        assertThat(task("Task_AgreeEducationPlan", lookedAfter)).hasCandidateGroup("north").hasDueDate(endOf("2026-12-30"));
        assertThat(task("Task_CompleteCarePlan", lookedAfter)).hasDueDate(endOf("2026-12-30"));
        // a child under the authority's age for one (3 by default) has none
        assertThat(baby).hasPassed("EndEvent_TooYoungForEducationPlan").isNotWaitingAt("Task_AgreeEducationPlan");

        clock.set(at("2026-12-21T15:00"));
        complete(lookedAfter, "Task_AgreeEducationPlan", withVariables("educationPlanOn", "2026-12-21", "childViews", "Likes maths",
                "educationPlanSummary", "Stay at her school"));
        // each term, read as 4 months from the plan or the last review (local)
        assertThat(task("Task_ReviewEducationPlan", lookedAfter)).hasDueDate(endOf("2027-04-21"));
        clock.set(at("2027-04-14T15:00"));
        complete(lookedAfter, "Task_ReviewEducationPlan", withVariables("educationPlanOn", "2027-04-14", "childViews", "Happier",
                "educationPlanSummary", "Tutoring"));
        assertThat(task("Task_ReviewEducationPlan", lookedAfter)).hasDueDate(endOf("2027-08-14"));

        clock.setAndFire(at("2027-08-17T00:00:01"));
        assertThat(escalationTasks(lookedAfter, "Review the personal education plan")).isOne();
    }

    @Test
    void eachTimeTheChildGoesMissingAndComesBackIsRecordedForThe903() {
        clock.set(at("2027-01-11T10:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-12-14"));

        String report = task("Task_RecordMissing", lookedAfter).getId();
        for (String[] refused : new String[][] {{"missing", "X"}, {"missingFrom", "2026-12-13"}, {"missingFrom", "2027-01-12"}}) {
            Map<String, Object> answers = withVariables("missingFrom", "2027-01-08", "missing", "M", "missingNotes", "Police told");
            answers.put(refused[0], refused[1]);
            assertThatThrownBy(() -> engine.getTaskService().complete(report, answers)).as(refused[1])
                    .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining(refused[0]);
        }
        complete(lookedAfter, "Task_RecordMissing", withVariables("missingFrom", "2027-01-08", "missing", "M", "missingNotes", "Police told"));
        assertThat(lookedAfter).isWaitingAt("Task_RecordReturn").isNotWaitingAt("Task_RecordMissing");
        String back = task("Task_RecordReturn", lookedAfter).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(back, withVariables("returnedOn", "2027-01-07",
                "returnInterviewOffered", "yes", "returnInterviewAccepted", "no", "childViews", "-")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("returnedOn");
        complete(lookedAfter, "Task_RecordReturn", withVariables("returnedOn", "2027-01-10", "returnInterviewOffered", "yes",
                "returnInterviewAccepted", "yes", "childViews", "Stayed with a friend"));

        // away again, and care ends while she is away: the time away ends with it (903 rule 575)
        complete(lookedAfter, "Task_RecordMissing", withVariables("missingFrom", "2027-01-10", "missing", "A", "missingNotes", "At her aunt's"));
        complete(lookedAfter, "Task_RecordEndOfCare", withVariables("careEndedOn", "2027-01-11", "careEndedReason", "E13",
                "careLeaverEligible", "no", "careEndedNotes", "Living with her aunt"));
        assertThat(jdbc.queryForList("select MISSING_, START_, END_, RHI_ACCEPTED_ from CF_MISSING_EPISODE where PROC_INST_ID_ = ?"
                + " order by START_, END_", lookedAfter.getId())).extracting(row -> row.get("MISSING_") + " " + row.get("START_") + " "
                + row.get("END_") + " " + row.get("RHI_ACCEPTED_"))
                .containsExactly("M 2027-01-08 2027-01-10 yes", "A 2027-01-10 2027-01-11 null");
    }

    @Test
    void startedAsTheContractStartsItFromItsDayAndLegalStatusAloneEveryClockRuns() {
        clock.set(at("2026-12-14T15:00"));
        ProcessInstance lookedAfter = engine.getRuntimeService().startProcessInstanceByKey("lookedAfter", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "lookedAfterOn", "2026-12-14", "legalStatus", "V2", "placementStartedOn", "2026-12-14"));

        assertThat(task("Task_CompleteCarePlan", lookedAfter)).hasDueDate(endOf("2026-12-30"));
        assertThat(task("Task_CompletePlacementPlan", lookedAfter)).hasDueDate(endOf("2026-12-21"));
        assertThat(task("Task_CompleteHealthAssessment", lookedAfter)).hasDueDate(endOf("2027-01-14"));
        assertThat(task("Task_VisitChild", lookedAfter)).hasDueDate(endOf("2026-12-21"));
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2027-01-14"));
        // the 903's episode, its placement blank until it is recorded
        assertThat(jdbc.queryForList("select LS_, PLACE_ from CF_CARE_EPISODE where PROC_INST_ID_ = ?", lookedAfter.getId()))
                .singleElement().satisfies(episode -> assertThat(episode).containsEntry("LS_", "V2").containsEntry("PLACE_", null));
    }

    @Test
    void movedInAfterAReviewAndAHealthAssessmentTheNextRunFromThem() {
        clock.set(at("2027-02-01T10:00"));
        ProcessInstance lookedAfter = start(withVariables("lookedAfterOn", "2026-06-01", "lastReviewOn", "2027-01-11",
                "lastHealthAssessmentOn", "2026-07-01", "childDateOfBirth", "2015-03-03"));

        // a later review 6 months from the last held; a health review 12 months from the last at 11
        assertThat(task("Task_HoldLookedAfterReview", lookedAfter)).hasDueDate(endOf("2027-07-11"));
        assertThat(task("Task_CompleteHealthAssessment", lookedAfter)).hasDueDate(endOf("2027-07-01"));
    }

    @Test
    void aCareLeaverStartedFromTheirDateOfBirthHasTheirNeedsAssessedWithinThreeMonthsOfTheir16thBirthday() {
        clock.set(at("2026-12-01T10:00"));
        ProcessInstance leaver = engine.getRuntimeService().startProcessInstanceByKey("careLeaver", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "childDateOfBirth", "2011-01-15"));
        assertThat(leaver).isNotWaitingAt("Task_CompleteNeedsAssessment");

        clock.setAndFire(at("2027-01-16T00:00:01"));

        // timescales.md: 16th birthday Fri 15 Jan 2027, the needs assessment due Thu 15 Apr 2027
        assertThat(task("Task_CompleteNeedsAssessment", leaver)).hasCandidateGroup("north").hasDueDate(endOf("2027-04-15"));
        assertThat(task("Task_ReviewPathwayPlan", leaver)).hasDueDate(endOf("2027-06-01"));
        clock.setAndFire(at("2027-04-16T00:00:01"));
        assertThat(escalationTasks(leaver, "Assess the needs of an eligible young person")).isOne();
    }

    @Test
    void aCareLeaverMovedInWithAPathwayPlanReviewedHasNoNeedsAssessmentAndTheNextReviewEscalatesWhenLate() {
        clock.set(at("2027-03-01T10:00"));
        ProcessInstance leaver = engine.getRuntimeService().startProcessInstanceByKey("careLeaver", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "childDateOfBirth", "2008-05-05", "lastPathwayPlanReviewOn", "2027-01-20"));

        assertThat(leaver).hasPassed("EndEvent_NoNeedsAssessmentOwed");
        assertThat(task("Task_ReviewPathwayPlan", leaver)).hasDueDate(endOf("2027-07-20"));
        clock.setAndFire(at("2027-07-21T00:00:01"));
        assertThat(escalationTasks(leaver, "Review the pathway plan")).isOne();
    }

    ProcessInstance start(Map<String, Object> variables) {
        variables.put("team", "north");
        variables.putIfAbsent("legalStatus", "V2");
        variables.putIfAbsent("categoryOfNeed", "N4");
        variables.putIfAbsent("placementType", "U6");
        variables.putIfAbsent("placementProvider", "PR1");
        variables.putIfAbsent("placementPostcode", "LS1 4AP");
        return engine.getRuntimeService().startProcessInstanceByKey("lookedAfter", "CF-" + UUID.randomUUID(), variables);
    }

    ProcessInstance lookedAfterOf(String caseReference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lookedAfter")
                .processInstanceBusinessKey(caseReference).singleResult();
    }

    long escalationTasks(ProcessInstance instance, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").taskCandidateGroup("north-managers")
                .list().stream().filter(task -> step.equals(overdueStepOf(task.getProcessInstanceId()))).count();
    }

    static Map<String, Object> review(String heldOn) {
        return withVariables("lacReviewOn", heldOn, "childConsulted", "yes", "reviewParticipation", "PN1",
                "childViews", "Wants to stay with her foster carers", "reviewDecisions", "Plan continues");
    }

    static Map<String, Object> visit(String visitedOn) {
        return withVariables("visitedOn", visitedOn, "visitLocation", "home", "childSeen", "yes", "seenAlone", "yes",
                "childViews", "Settling in", "visitObservations", "Observations");
    }
}
