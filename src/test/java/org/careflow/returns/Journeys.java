package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Children's journeys as practitioners and managers enter them: cases started through the engine's
 * REST API with what the start form asks, and each task completed over REST by its team with what its
 * form asks, so the returns read what a real authority would have recorded.
 */
final class Journeys {

    private final ProcessEngine engine;
    private final TestRestTemplate http;

    Journeys(ProcessEngine engine, TestRestTemplate http) {
        this.engine = engine;
        this.http = http;
    }

    /** A referral of a child, as the start form records it; without a childId, the child's is derived from the case reference. */
    void referral(String caseReference, String team, String receivedOn, String childId, Map<String, Object> child,
                  String source) {
        Map<String, Object> variables = new LinkedHashMap<>(child);
        variables.putAll(Map.of("team", team, "referralReceivedAt", receivedOn + "T09:00:00Z",
                "referrerName", "Referrer", "referralSource", source, "concerns", "Concerns as the referrer gave them"));
        if (childId != null) {
            variables.put("childId", childId);
        }
        ResponseEntity<String> started = http.withBasicAuth("sw." + team, "demo").postForEntity(
                "/engine-rest/process-definition/key/referral/start",
                Map.of("businessKey", caseReference, "variables", typed(variables)), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    }

    void decide(String caseReference, String team, String decision) {
        complete(caseReference, "Task_DecideOnReferral", "sw." + team, Map.of("decision", decision,
                "decisionReasons", "Reasons", "referrerInformed", "yes"));
        complete(caseReference, "Task_AgreeReferralDecision", "tm." + team, Map.of("managerAgrees", "yes",
                "managerComments", "Agreed"));
    }

    void assessment(String caseReference, String team, String seenOn, String factors, String recommendation, String need) {
        complete(caseReference, "Task_SeeChild", "sw." + team, Map.of("childSeenOn", seenOn, "seenAlone", "yes",
                "childViews", "Wants things to be calmer at home"));
        complete(caseReference, "Task_CompleteAssessment", "sw." + team, Map.of("worries", "Worries", "workingWell",
                "Grandmother", "needsToHappen", "Safety plan", "safetyScale", 4, "analysis", "Analysis",
                "assessmentFactors", factors, "recommendation", recommendation));
        complete(caseReference, "Task_AuthoriseAssessment", "tm." + team, Map.of("assessmentAuthorised", "yes",
                "primaryNeedCode", need, "authorisationComments", "Agreed"));
    }

    void enquiry(String caseReference, String team, String discussedOn, String startedOn, String outcome) {
        complete(caseReference, "Task_HoldStrategyDiscussion", "sw." + team, Map.of("strategyDiscussionOn", discussedOn,
                "strategyDiscussionNotes", "Agreed an enquiry", "section47Decision", "start-enquiry"));
        complete(caseReference, "Task_CompleteSection47Enquiry", "sw." + team, Map.of("enquiryFindings", "Findings",
                "childViews", "Wants to stay at home", "enquiryOutcome", outcome, "section47StartedOn", startedOn));
    }

    void initialConference(String caseReference, String team, String heldOn, String outcome, String category) {
        complete(caseReference, "Task_HoldInitialConference", "sw." + team, Map.of("initialConferenceOn", heldOn,
                "conferenceChair", "Chair", "conferenceOutcome", outcome, "categoryOfAbuse", category,
                "conferenceDecisions", "Decisions"));
    }

    void review(String caseReference, String team, String heldOn, String decision, String category) {
        complete(caseReference, "Task_HoldReviewConference", "sw." + team, Map.of("reviewHeldOn", heldOn,
                "conferenceChair", "Chair", "reviewDecision", decision, "categoryOfAbuse", category,
                "visitTimescale", "cp-visit", "reviewNotes", "Decisions"));
    }

    /** A review of a child in need plan; {@code closureReason} given when it ends the plan. */
    void childInNeedPlanReview(String caseReference, String team, String heldOn, String decision, String closureReason) {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of("cinPlanReviewOn", heldOn, "childViews", "Likes her school",
                "seenAlone", "yes", "cinPlanReviewDecision", decision, "cinPlanReviewNotes", "Notes"));
        if (closureReason != null) {
            answers.put("cinClosureReason", closureReason);
        }
        complete(caseReference, "Task_HoldChildInNeedReview", "sw." + team, answers);
    }

    void legalGateway(String caseReference, String team, String heldOn, String decision) {
        complete(caseReference, "Task_HoldLegalGatewayMeeting", "sw." + team, Map.of("legalGatewayOn", heldOn,
                "legalGatewayAdvice", "Threshold met", "legalGatewayDecision", decision));
    }

    void letterBeforeProceedings(String caseReference, String team, String sentOn, String familyGroupMeetingOffered) {
        complete(caseReference, "Task_SendLetterBeforeProceedings", "sw." + team, Map.of("letterSentOn", sentOn,
                "letterRecipients", "Mother and father", "familyGroupMeetingOffered", familyGroupMeetingOffered));
    }

    void preProceedingsMeeting(String caseReference, String team, String heldOn) {
        complete(caseReference, "Task_HoldPreProceedingsMeeting", "sw." + team, Map.of("preProceedingsMeetingOn", heldOn,
                "preProceedingsAttendees", "Parents and their solicitor", "preProceedingsPlan", "Plan agreed"));
    }

    /** A review of pre-proceedings; {@code familyGroupMeetingOn} null while none has been held. */
    void preProceedingsReview(String caseReference, String team, String heldOn, String familyGroupMeetingOn, String decision) {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of("preProceedingsReviewOn", heldOn,
                "preProceedingsProgress", "Progress", "preProceedingsDecision", decision));
        if (familyGroupMeetingOn != null) {
            answers.put("familyGroupMeetingOn", familyGroupMeetingOn);
        }
        complete(caseReference, "Task_ReviewPreProceedings", "sw." + team, answers);
    }

    void issue(String caseReference, String team, String issuedOn, String letterSentOn) {
        complete(caseReference, "Task_RecordIssue", "sw." + team, Map.of("issuedOn", issuedOn, "courtCaseNumber", "ZW27C00001",
                "issueLetterSentOn", letterSentOn));
    }

    /** The completion over REST as the user, as it was answered, whatever the answer. */
    ResponseEntity<String> attempt(String caseReference, String taskKey, String user, Map<String, Object> answers) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(caseReference + " " + taskKey).hasSize(1);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + tasks.get(0).getId() + "/complete",
                Map.of("variables", typed(answers)), String.class);
    }

    /** The task of the case completed over REST by the user, with the form's answers. */
    ResponseEntity<String> complete(String caseReference, String taskKey, String user, Map<String, Object> answers) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(caseReference + " " + taskKey).hasSize(1);
        ResponseEntity<String> completed = http.withBasicAuth(user, "demo").postForEntity(
                "/engine-rest/task/" + tasks.get(0).getId() + "/complete", Map.of("variables", typed(answers)), String.class);
        assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return completed;
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }
}
