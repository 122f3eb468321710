package org.careflow.replay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.escalation.EscalationProcess;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;
import org.careflow.timescales.EventDates;

/**
 * What a practitioner or manager enters in each task's form (forms/*.form: every required field, the
 * dates of what they did on the day they do it), and the choices that route the case
 * ({@link CaseRoutes}). A task whose form is not here is one the replay does not work.
 */
final class FormAnswers {

    /** What the form needs to know about the task being answered. */
    record Asked(String taskKey, String caseReference, LocalDate today, Map<String, Object> variables, LocalDate targetDate,
                 int occurrenceNumber) {
    }

    private static final String NOTE = "Recorded by the replay";
    private static final int IRH_WEEKS_AFTER_ISSUE = 16;

    private final CaseRoutes routes;
    private final DeadlineCalculator deadlines;
    private final WorkingDayCalendar calendar;

    FormAnswers(CaseRoutes routes, DeadlineCalculator deadlines, WorkingDayCalendar calendar) {
        this.routes = routes;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /**
     * Whether the replay works this task at all: no court grants an extension or makes an interim care
     * order in it, so neither is recorded.
     */
    static boolean works(String taskKey) {
        return !"Task_RecordExtension".equals(taskKey) && !"Task_RecordInterimCareOrder".equals(taskKey);
    }

    Map<String, Object> of(Asked asked) {
        String today = asked.today().toString();
        String ref = asked.caseReference();
        Map<String, Object> answers = new HashMap<>();
        switch (asked.taskKey()) {
            case "Task_DecideOnReferral" -> put(answers, "decision", routes.referralDecision(ref), "decisionReasons", NOTE,
                    "referrerInformed", "yes");
            case "Task_AgreeReferralDecision" -> put(answers, "managerAgrees", "yes", "managerComments", NOTE);
            case "Task_SeeChild" -> put(answers, "childSeenOn", today, "seenAlone", "yes", "childViews", NOTE);
            case "Task_CompleteAssessment" -> put(answers, "worries", NOTE, "workingWell", NOTE, "needsToHappen", NOTE,
                    "safetyScale", 5, "analysis", NOTE, "assessmentFactors", "3B 4B", "recommendation", routes.assessmentRecommendation(ref));
            case "Task_AuthoriseAssessment" -> put(answers, "assessmentAuthorised", "yes", "primaryNeedCode", "N1", "authorisationComments", NOTE);
            case "Task_HoldStrategyDiscussion" -> put(answers, "strategyDiscussionOn", today, "strategyDiscussionNotes", NOTE,
                    "section47Decision", routes.section47Decision(ref));
            case "Task_CompleteSection47Enquiry" -> put(answers, "enquiryFindings", NOTE, "childViews", NOTE,
                    "enquiryOutcome", routes.enquiryOutcome(ref), "section47StartedOn", asked.variables().get("strategyDiscussionOn"));
            case "Task_HoldInitialConference" -> initialConference(answers, today, routes.conferenceOutcome(ref));
            case "Task_HoldCoreGroup" -> put(answers, "coreGroupHeldOn", today, "coreGroupAttendees", NOTE,
                    "coreGroupProgress", NOTE, "coreGroupActions", NOTE);
            case "Task_VisitChild" -> put(answers, "visitedOn", today, "visitLocation", "home", "childSeen", "yes",
                    "seenAlone", "yes", "childViews", NOTE, "visitObservations", NOTE);
            case "Task_HoldReviewConference" -> review(answers, today, routes.reviewDecision(ref, asked.occurrenceNumber()));
            case "Task_HoldChildInNeedReview" -> childInNeedPlanReview(answers, today,
                    routes.childInNeedPlanReviewDecision(ref, asked.occurrenceNumber()));
            case "Task_ReviewLongRunningPlan" -> put(answers, "headOfServiceReview", NOTE);
            case "Task_AllocateProceedings" -> put(answers, "allocatedOn", today, "courtLevel", "circuit-judge",
                    "cmhListedOn", cmhListing(asked).toString());
            case "Task_HoldAdvocatesMeetingBeforeCmh" -> put(answers, "advocatesMeetingOn", today, "advocatesMeetingNotes", NOTE);
            case "Task_HoldCaseManagementHearing" -> put(answers, "cmhHeldOn", today, "furtherCmhNeeded", "no",
                    "irhListedOn", irhListing(asked).toString(), "cmhDirections", NOTE);
            case "Task_HoldAdvocatesMeetingBeforeIrh" -> put(answers, "irhAdvocatesMeetingOn", today, "irhAdvocatesMeetingNotes", NOTE);
            case "Task_HoldIssuesResolutionHearing" -> put(answers, "irhHeldOn", today, "irhOutcome", NOTE);
            case "Task_ConcludeProceedings" -> put(answers, "finalHearingOn", today, "proceedingsOutcome", "care-order",
                    "outcomeNotes", NOTE);
            case "Task_ReviewProceedingsTimetable" -> put(answers, "timetableReview", NOTE);
            case EscalationProcess.RECORD_OVERSIGHT -> put(answers, EscalationProcess.DELAY_REASON, NOTE,
                    EscalationProcess.NEXT_ACTION, NOTE, EscalationProcess.NEW_TARGET_DATE, asked.targetDate().toString());
            case EscalationProcess.REVIEW_ESCALATION -> put(answers, "headOfServiceDecision", NOTE,
                    "headOfServiceTargetDate", asked.targetDate().toString());
            case "Task_ReviewTeamWorkload" -> put(answers, "workloadDecision", NOTE);
            default -> throw new IllegalStateException("The replay has no answers for the form of " + asked.taskKey());
        }
        return answers;
    }

    private static void initialConference(Map<String, Object> answers, String today, String outcome) {
        put(answers, "initialConferenceOn", today, "conferenceChair", NOTE, "conferenceOutcome", outcome,
                "conferenceDecisions", NOTE);
        if ("child-protection-plan".equals(outcome)) {
            answers.put("categoryOfAbuse", "NEG");
        }
    }

    private static void childInNeedPlanReview(Map<String, Object> answers, String today, String decision) {
        put(answers, "cinPlanReviewOn", today, "childViews", NOTE, "seenAlone", "yes", "cinPlanReviewDecision", decision,
                "cinPlanReviewNotes", NOTE);
        if ("end-plan".equals(decision)) {
            answers.put("cinClosureReason", "RC7");
        }
    }

    private static void review(Map<String, Object> answers, String today, String decision) {
        put(answers, "reviewHeldOn", today, "conferenceChair", NOTE, "reviewDecision", decision, "reviewNotes", NOTE);
        if ("continue".equals(decision)) {
            put(answers, "categoryOfAbuse", "NEG", "visitTimescale", "cp-visit");
        }
    }

    /** The CMH listed within its PLO window, a few business days ahead so that the advocates can meet before it. */
    private LocalDate cmhListing(Asked asked) {
        Deadline window = deadlines.deadline("plo-cmh", asked.variables().get("issuedOn"));
        LocalDate notBefore = calendar.addWorkingDays(asked.today(), 3);
        LocalDate earliest = window.earliest() != null && window.earliest().isAfter(notBefore) ? window.earliest() : notBefore;
        LocalDate listed = calendar.nextWorkingDayOnOrAfter(earliest);
        return listed.isAfter(window.date()) ? window.date() : listed;
    }

    /** The IRH listed some weeks after issue, on a business day well after the CMH. */
    private LocalDate irhListing(Asked asked) {
        LocalDate issued = EventDates.parse("issuedOn", asked.variables().get("issuedOn")).date(calendar.zone());
        LocalDate listed = calendar.nextWorkingDayOnOrAfter(issued.plusWeeks(IRH_WEEKS_AFTER_ISSUE));
        LocalDate notBefore = calendar.addWorkingDays(asked.today(), 10);
        return listed.isBefore(notBefore) ? notBefore : listed;
    }

    private static void put(Map<String, Object> answers, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
    }
}
