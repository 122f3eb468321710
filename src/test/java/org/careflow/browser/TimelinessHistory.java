package org.careflow.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.WorkingDayCalendar;

/**
 * Most of a year of North's and South's statutory steps, run through the engine with its clock moved to
 * each day they happen: referral decisions, assessments and initial conferences, some on time, some late.
 */
final class TimelinessHistory {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ProcessEngine engine;
    private final WorkingDayCalendar calendar;
    private final TaskService tasks;

    TimelinessHistory(ProcessEngine engine, WorkingDayCalendar calendar) {
        this.engine = engine;
        this.calendar = calendar;
        this.tasks = engine.getTaskService();
    }

    /** January to November 2026; the engine's clock is put back afterwards. */
    void run() {
        try {
            for (int month = 1; month <= 11; month++) {
                for (String team : new String[] {"north", "south"}) {
                    boolean north = team.equals("north");
                    LocalDate received = calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, month, 5));
                    referral(team, received, 0);
                    referral(team, received.plusDays(7), month % (north ? 4 : 2) == 0 ? 3 : 1);
                    if (month <= 9) {
                        assessment(team, received, month % (north ? 3 : 2) == 0 ? 50 : 25 + month);
                    }
                    if (north || month % 2 == 0) {
                        conference(team, received, month % (north ? 5 : 3) == 0 ? 18 : 12);
                    }
                    if (month == 2 || month == 6) {
                        proceedings(team, received, month == 2 && north ? 210 : 170);
                    }
                    if (month == 8 || month == 9) {
                        plan(team, received, north ? 8 : 11, month == 8 ? 7 : 12);
                    }
                }
            }
        } finally {
            ClockUtil.reset();
        }
    }

    private void referral(String team, LocalDate received, int workingDaysToDecide) {
        at(received);
        String caseReference = start("referral", team, Variables.putValue("referralReceivedAt", received.toString())
                .putValue("childName", "Alex").putValue("concerns", "Bruising seen at school"));
        at(calendar.addWorkingDays(received, workingDaysToDecide));
        complete(caseReference, "Task_DecideOnReferral", "sw." + team, Variables.putValue("decision", "no-further-action")
                .putValue("decisionReasons", "Reasons recorded").putValue("referrerInformed", "yes"));
        complete(caseReference, "Task_AgreeReferralDecision", "tm." + team, Variables.putValue("managerAgrees", "yes")
                .putValue("managerComments", "Agreed"));
    }

    /** Started the day after the referral, authorised so many working days after its start. */
    private void assessment(String team, LocalDate referral, int workingDays) {
        LocalDate started = calendar.addWorkingDays(referral, 1);
        at(started);
        String caseReference = start("assessment", team, Variables.putValue("referralReceivedAt", referral.toString())
                .putValue("assessmentStartedOn", started.toString()));
        complete(caseReference, "Task_SeeChild", "sw." + team, Variables.putValue("childSeenOn", started.toString())
                .putValue("seenAlone", "yes").putValue("childViews", "Likes school"));
        at(calendar.addWorkingDays(started, workingDays));
        complete(caseReference, "Task_CompleteAssessment", "sw." + team, Variables.putValue("worries", "Bruising")
                .putValue("workingWell", "Grandmother").putValue("needsToHappen", "Safety plan").putValue("safetyScale", 4).putValue("assessmentFactors", "3B 4B")
                .putValue("analysis", "Analysis").putValue("recommendation", "child-in-need-plan"));
        complete(caseReference, "Task_AuthoriseAssessment", "tm." + team, Variables.putValue("assessmentAuthorised", "yes").putValue("primaryNeedCode", "N1")
                .putValue("authorisationComments", "Agreed"));
    }

    private void conference(String team, LocalDate strategyDiscussion, int workingDays) {
        at(strategyDiscussion);
        String caseReference = start("section47", team, Variables.putValue("strategyDiscussionOn", strategyDiscussion.toString()));
        LocalDate held = calendar.addWorkingDays(strategyDiscussion, workingDays);
        at(held);
        complete(caseReference, "Task_CompleteSection47Enquiry", "sw." + team, Variables.putValue("enquiryFindings", "Findings")
                .putValue("childViews", "Wants to stay at home").putValue("enquiryOutcome", "convene-icpc")
                .putValue("section47StartedOn", strategyDiscussion.toString()));
        complete(caseReference, "Task_HoldInitialConference", "sw." + team, Variables.putValue("initialConferenceOn", held.toString())
                .putValue("conferenceChair", "Chair").putValue("conferenceOutcome", "no-plan")
                .putValue("conferenceDecisions", "Child in need"));
    }

    /** Issued on the day, concluded at a final hearing so many calendar days later. */
    private void proceedings(String team, LocalDate issued, int days) {
        at(issued);
        String caseReference = start("careProceedings", team, Variables.putValue("issuedOn", issued.toString()));
        LocalDate hearing = calendar.lastWorkingDayOnOrBefore(issued.plusDays(days));
        at(hearing);
        complete(caseReference, "Task_ConcludeProceedings", "sw." + team, Variables.putValue("finalHearingOn", hearing.toString())
                .putValue("proceedingsOutcome", "care-order").putValue("outcomeNotes", "Care order"));
    }

    /** A plan from an initial conference: its first core group and first visit so many working days later. */
    private void plan(String team, LocalDate conference, int coreGroupDays, int visitDays) {
        at(conference);
        String caseReference = start("childProtectionPlan", team, Variables.putValue("initialConferenceOn", conference.toString()));
        LocalDate coreGroup = calendar.addWorkingDays(conference, coreGroupDays);
        LocalDate visit = calendar.addWorkingDays(conference, visitDays);
        for (LocalDate day : visit.isBefore(coreGroup) ? new LocalDate[] {visit, coreGroup} : new LocalDate[] {coreGroup, visit}) {
            at(day);
            if (day.equals(coreGroup)) {
                complete(caseReference, "Task_HoldCoreGroup", "sw." + team, Variables.putValue("coreGroupHeldOn", day.toString())
                        .putValue("coreGroupAttendees", "Family").putValue("coreGroupProgress", "Some").putValue("coreGroupActions", "Agreed"));
            }
            if (day.equals(visit)) {
                complete(caseReference, "Task_VisitChild", "sw." + team, Variables.putValue("visitedOn", day.toString())
                        .putValue("visitLocation", "home").putValue("childSeen", "yes").putValue("seenAlone", "yes")
                        .putValue("childViews", "Happy at school").putValue("visitObservations", "Observed"));
            }
        }
    }

    private String start(String key, String team, org.camunda.bpm.engine.variable.VariableMap variables) {
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        engine.getRuntimeService().startProcessInstanceByKey(key, caseReference, variables.putValue("team", team));
        return caseReference;
    }

    private void complete(String caseReference, String taskKey, String worker, java.util.Map<String, Object> variables) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey).singleResult().getId();
        tasks.setAssignee(id, worker);
        tasks.complete(id, variables);
    }

    private static void at(LocalDate day) {
        LocalDate weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
        ClockUtil.setCurrentTime(Date.from(weekday.atTime(14, 0).atZone(LONDON).toInstant()));
    }
}
