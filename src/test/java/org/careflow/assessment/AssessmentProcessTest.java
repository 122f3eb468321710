package org.careflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** timescales.md: a referral on Mon 1 Dec 2025 has its assessment due Thu 5 Feb 2026 (45 working days). */
class AssessmentProcessTest extends ProcessTest {

    ProcessInstance assessment;

    @BeforeEach
    void startAssessmentOfAReferralOnMonday1December2025() {
        clock.set(at("2025-12-02T10:00"));
        assessment = engine.getRuntimeService().startProcessInstanceByKey("assessment", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2025-12-01", "assessmentStartedOn", "2025-12-02"));
    }

    @Test
    void theAssessmentIsDue45WorkingDaysAfterTheReferralAndVisibleFromItsStart() {
        assertThat(assessment).isWaitingAt("Task_SeeChild", "Task_CompleteAssessment");
        assertThat(task("Task_CompleteAssessment", assessment)).hasCandidateGroup("north").hasDueDate(endOf("2026-02-05"));
        // child-seen: 5 working days from the start of the assessment (local default)
        assertThat(task("Task_SeeChild", assessment)).hasCandidateGroup("north").hasDueDate(endOf("2025-12-09"));
    }

    @Test
    void aReturnForMoreWorkDoesNotMoveTheDeadline() {
        clock.set(at("2026-01-20T10:00"));
        complete("Task_CompleteAssessment", signsOfSafety("child-in-need-plan"));
        assertThat(task("Task_AuthoriseAssessment", assessment)).hasCandidateGroup("north-managers").hasDueDate(endOf("2026-02-05"));

        complete("Task_AuthoriseAssessment", withVariables("assessmentAuthorised", "no", "authorisationComments", "Speak to the father"));

        assertThat(assessment).isWaitingAt("Task_SeeChild", "Task_CompleteAssessment");
        assertThat(task("Task_CompleteAssessment", assessment)).hasDueDate(endOf("2026-02-05"));
    }

    @Test
    void bothMeasuresOfTimelinessAreRecordedWhenTheAssessmentIsAuthorised() {
        complete("Task_SeeChild", withVariables("childSeenOn", "2025-12-02", "seenAlone", "yes",
                "childViews", "I like my school"));
        clock.set(at("2026-02-06T10:00"));
        complete("Task_CompleteAssessment", signsOfSafety("child-in-need-plan"));
        complete("Task_AuthoriseAssessment", withVariables("assessmentAuthorised", "yes", "primaryNeedCode", "N1", "authorisationComments", "Good analysis"));

        assertThat(assessment).isEnded().hasPassed("EndEvent_ChildInNeedPlan").variables()
                // statutory: from the referral, 45 working days, due Thu 5 Feb 2026: one day late
                .containsEntry("assessmentDeadline", "2026-02-05")
                .containsEntry("assessmentMet", false)
                .containsEntry("assessmentWorkingDays", 46)
                // DfE: from the start of the assessment on Tue 2 Dec 2025: due Fri 6 Feb 2026, met
                .containsEntry("assessmentKpiDeadline", "2026-02-06")
                .containsEntry("assessmentKpiMet", true)
                .containsEntry("assessmentKpiWorkingDays", 45);
    }

    @Test
    void anOverdueAssessmentEscalatesToTheTeamsManagers() {
        complete("Task_SeeChild", withVariables("childSeenOn", "2025-12-02", "seenAlone", "yes", "childViews", "Fine"));
        clock.setAndFire(at("2026-02-05T23:59"));
        assertThat(escalationOf("Child and Family assessment")).isZero();

        clock.setAndFire(at("2026-02-06T00:00:01"));

        assertThat(escalationOf("Child and Family assessment")).isOne();
    }

    @Test
    void aChildNotSeenInTimeEscalates() {
        clock.setAndFire(at("2025-12-10T00:00:01"));

        assertThat(escalationOf("See the child")).isOne();
    }

    @Test
    void aChildNotSeenAloneNeedsAReasonAndTheChildsViews() {
        String seeChild = task("Task_SeeChild", assessment).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(seeChild, withVariables(
                "childSeenOn", "2025-12-02", "seenAlone", "no", "childViews", "Quiet")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("notSeenAloneReason");
        assertThatThrownBy(() -> engine.getTaskService().complete(seeChild, withVariables(
                "childSeenOn", "2025-12-02", "seenAlone", "yes")))
                .rootCause().hasMessageContaining("childViews");
        assertThatThrownBy(() -> engine.getTaskService().complete(seeChild, withVariables(
                "childSeenOn", "2025-12-24", "seenAlone", "yes", "childViews", "Fine")))
                .rootCause().hasMessageContaining("childSeenOn").hasMessageContaining("later than now");

        engine.getTaskService().complete(seeChild, withVariables(
                "childSeenOn", "2025-12-02", "seenAlone", "no", "notSeenAloneReason", "Too young", "childViews", "Smiled"));
        assertThat(assessment).isWaitingAt("Task_CompleteAssessment");
    }

    @Test
    void theSafetyScaleRunsFromZeroToTen() {
        Map<String, Object> values = signsOfSafety("closure");
        values.put("safetyScale", 11);

        assertThatThrownBy(() -> complete("Task_CompleteAssessment", values))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("safetyScale");
    }

    @Test
    void aRecommendedStrategyDiscussionStartsSection47() {
        complete("Task_SeeChild", withVariables("childSeenOn", "2025-12-02", "seenAlone", "yes", "childViews", "Scared"));
        complete("Task_CompleteAssessment", signsOfSafety("strategy-discussion"));
        complete("Task_AuthoriseAssessment", withVariables("assessmentAuthorised", "yes", "primaryNeedCode", "N1", "authorisationComments", "Agreed"));

        ProcessInstance section47 = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("section47").processInstanceBusinessKey(assessment.getBusinessKey()).singleResult();
        assertThat(section47).isWaitingAt("Task_HoldStrategyDiscussion");
        assertThat(task("Task_HoldStrategyDiscussion", section47)).hasDueDate(endOf("2025-12-03"));
    }

    @Test
    void aStrategyDiscussionStartedDuringTheAssessmentRunsAlongsideItAndTheAssessmentClockKeepsRunning() {
        clock.set(at("2025-12-10T11:00"));

        ProcessInstance section47 = engine.getRuntimeService().startProcessInstanceByKey("section47",
                assessment.getBusinessKey(), withVariables("team", "north", "thresholdMetAt", "2025-12-10T10:30:00Z"));

        assertThat(section47).isWaitingAt("Task_HoldStrategyDiscussion");
        assertThat(assessment).isWaitingAt("Task_SeeChild", "Task_CompleteAssessment");
        assertThat(task("Task_CompleteAssessment", assessment)).hasDueDate(endOf("2026-02-05"));

        complete("Task_SeeChild", withVariables("childSeenOn", "2025-12-10", "seenAlone", "yes", "childViews", "Scared"));
        complete("Task_CompleteAssessment", signsOfSafety("strategy-discussion"));
        complete("Task_AuthoriseAssessment", withVariables("assessmentAuthorised", "yes", "primaryNeedCode", "N1", "authorisationComments", "Agreed"));

        assertThat(assessment).isEnded();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("section47")
                .processInstanceBusinessKey(assessment.getBusinessKey()).list()).as("the enquiry under way, not a second")
                .extracting(ProcessInstance::getId).containsExactly(section47.getId());
    }

    @Test
    void anAssessmentStartedOnItsOwnNeedsBothDates() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("assessment", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2025-12-01")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("assessmentStartedOn");
    }

    void complete(String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(taskKey, assessment).getId(), variables);
    }

    long escalationOf(String step) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation")
                .processInstanceBusinessKey(assessment.getBusinessKey()).list().stream()
                .filter(escalation -> step.equals(overdueStepOf(escalation.getId()))).count();
    }

    static Map<String, Object> signsOfSafety(String recommendation) {
        return withVariables("worries", "Bruising", "workingWell", "Grandmother", "needsToHappen", "Safety plan",
                "safetyScale", 4, "analysis", "Analysis", "assessmentFactors", "3B 4B", "recommendation", recommendation);
    }
}
