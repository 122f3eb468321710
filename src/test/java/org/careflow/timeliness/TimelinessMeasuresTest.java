package org.careflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.careflow.organisation.Organisation;
import org.careflow.support.EngineClock;
import org.careflow.timeliness.TimelinessReport.Figures;
import org.careflow.timeliness.TimelinessReport.Measure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The measures read from the ledger that real engine runs wrote: steps completed on time and late with
 * the engine's clock moved, in two teams of their own (so that other tests' cases in the same database
 * count in neither). One case history, measured by each test.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessMeasuresTest {

    static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    static final LocalDate TO = LocalDate.of(2027, 7, 31);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TimelinessMeasures measures;

    EngineClock clock;
    final String team = team();
    final String otherTeam = team();
    final String child = "CF-T-" + UUID.randomUUID();

    static String team() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @BeforeAll
    void aCaseHistoryOfTwoTeams() {
        // camunda-bpm-assert's task(...) asks the engine it was last given: this class's, not another context's
        AbstractAssertions.init(engine);
        clock = new EngineClock(engine.getManagementService());
        for (String id : List.of(team, otherTeam)) {
            group(id, Organisation.TEAM_TYPE);
            group(Organisation.managersOf(id), Organisation.MANAGERS_TYPE);
        }
        // Assessments of referrals received Mon 1 Dec 2025, started Tue 2 Dec: one authorised Thu 15 Jan 2026
        // (30 working days from the referral, 29 from the start), one Fri 6 Feb (46: a day late; 45 from its start: in time)
        clock.set(at("2025-12-02T10:00"));
        ProcessInstance late = assessment();
        ProcessInstance inTime = assessment();
        clock.set(at("2026-01-15T10:00"));
        authorise(inTime);
        clock.set(at("2026-02-06T10:00"));
        authorise(late);

        // an earlier plan of the child, moved in: from Mon 25 Nov 2024, ended at a review on Tue 1 Dec 2026
        clock.set(at("2026-12-01T15:00"));
        ProcessInstance earlierPlan = start("childProtectionPlan", child, team, "initialConferenceOn", "2024-11-25");
        engine.getTaskService().complete(task("Task_HoldReviewConference", earlierPlan).getId(), withVariables(
                "reviewHeldOn", "2026-12-01", "conferenceChair", "IRO", "reviewDecision", "end-plan-closure", "reviewNotes", "Safe"));

        // s47 initiated at strategy discussions on Thu 10 Dec 2026: ICPCs due Tue 5 Jan 2027
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance conferenceInTime = start("section47", "CF-T-" + UUID.randomUUID(), team, "strategyDiscussionOn", "2026-12-10");
        ProcessInstance conferenceLate = start("section47", "CF-T-" + UUID.randomUUID(), team, "strategyDiscussionOn", "2026-12-10");
        // the plan of an ICPC on Fri 18 Dec 2026: its core group due Wed 6 Jan 2027
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = start("childProtectionPlan", child, team, "initialConferenceOn", "2026-12-18");

        // referrals over Christmas, received Thu 24 Dec 2026 16:00: decisions due Tue 29 Dec
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referralInTime = referral(child, team, "2026-12-24T16:00:00Z");
        ProcessInstance referralLate = referral("CF-T-" + UUID.randomUUID(), team, "2026-12-24T16:00:00Z");
        ProcessInstance otherTeams = referral("CF-T-" + UUID.randomUUID(), otherTeam, "2026-12-24T16:00:00Z");
        clock.set(at("2026-12-29T15:00"));
        decide(referralInTime);
        decide(otherTeams);
        clock.set(at("2026-12-31T10:00"));
        decide(referralLate);

        clock.set(at("2027-01-04T15:00"));
        conference(conferenceInTime, "2027-01-04", null);
        // the same case referred again 11 days after the first: a re-referral, decided the same day
        decide(referral(child, team, "2027-01-04"));
        clock.set(at("2027-01-06T15:00"));
        conference(conferenceLate, "2027-01-06", "sw.chair");

        clock.set(at("2027-01-08T16:00"));
        engine.getTaskService().complete(task("Task_HoldCoreGroup", plan).getId(), withVariables("coreGroupHeldOn", "2027-01-08",
                "coreGroupAttendees", "Family", "coreGroupProgress", "Some", "coreGroupActions", "Agreed"));

        clock.set(at("2027-01-11T15:00"));
        ProcessInstance proceedings = start("careProceedings", "CF-T-" + UUID.randomUUID(), team, "issuedOn", "2027-01-11");

        // final hearing Fri 9 Jul 2027: 25.7 weeks from the issue
        clock.set(at("2027-07-09T16:00"));
        engine.getTaskService().complete(task("Task_ConcludeProceedings", proceedings).getId(), withVariables(
                "finalHearingOn", "2027-07-09", "proceedingsOutcome", "care-order", "outcomeNotes", "Care order"));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void referralDecisionsAreOnTimeByTheirDeadlineAndTheirMedianIsInWorkingDays() {
        Measure decisions = measure("referral-decision");

        // 1 working day (Christmas, Boxing Day's substitute and the weekend skipped), 3 (two days late), 0
        assertThat(decisions.total()).isEqualTo(new Figures(3, 2, 66.7, 1.0, 1.3));
        assertThat(decisions.limit()).isEqualTo(1);
        assertThat(decisions.byMonth()).hasSize(20);
        assertThat(month(decisions, "2026-12")).isEqualTo(new Figures(2, 1, 50.0, 2.0, 2.0));
        assertThat(month(decisions, "2027-01")).isEqualTo(new Figures(1, 1, 100.0, 0.0, 0.0));
        assertThat(month(decisions, "2026-11").count()).isZero();
        assertThat(month(decisions, "2026-11").percent()).isNull();
    }

    @Test
    void assessmentsAreMeasuredFromTheReferralByStatuteAndFromTheirStartByTheDfE() {
        Measure statutory = measure("assessment");
        Measure dfe = measure("assessment-kpi");

        assertThat(statutory.total()).isEqualTo(new Figures(2, 1, 50.0, 38.0, 38.0));
        assertThat(statutory.national()).isNull();
        assertThat(dfe.total()).isEqualTo(new Figures(2, 2, 100.0, 37.0, 37.0));
        assertThat(dfe.national().percent()).isEqualTo(85.7);
        assertThat(dfe.national().median()).isEqualTo(33.0);
        assertThat(dfe.basis()).isEqualTo("dfe");
    }

    @Test
    void initialConferencesAreMeasuredFromTheStrategyDiscussionUntilTheSection47StartIsRecorded() {
        Measure statutory = measure("icpc");
        Measure dfe = measure("icpc-dfe");

        // 14 and 16 working days from Thu 10 Dec 2026
        assertThat(statutory.total()).isEqualTo(new Figures(2, 1, 50.0, 15.0, 15.0));
        assertThat(dfe.total()).isEqualTo(new Figures(2, 1, 50.0, 15.0, 15.0));
        assertThat(dfe.national().percent()).isEqualTo(81.4);
        assertThat(dfe.note()).contains("strategy discussion");
        assertThat(statutory.byWorker()).extracting(TimelinessReport.WorkerFigures::worker)
                .containsExactlyInAnyOrder("sw.chair", "unallocated");
    }

    @Test
    void coreGroupsReviewsAndVisitsCountWhatWasDoneAndWhatIsStillOverdue() {
        assertThat(measure("core-group").total()).isEqualTo(new Figures(1, 0, 0.0, null, null));
        // the moved-in plan's first review, due in February 2025, held when it ended: late, against the deadline
        // it was held against (the plan's deadlines are computed again only once the review's task has ended)
        assertThat(measure("review").total()).isEqualTo(new Figures(1, 0, 0.0, null, null));
        assertThat(measure("visit").total().count()).isZero();
        // the later plan's next core group, review and visits were due by the end of July 2027 and are not done,
        // and so were the visits of the two child in need plans the authorised assessments began
        assertThat(measure("core-group").overdueAtEnd()).isOne();
        assertThat(measure("review").overdueAtEnd()).isOne();
        assertThat(measure("visit").overdueAtEnd()).isEqualTo(3);
    }

    @Test
    void careProceedingsAreMeasuredInWeeksFromTheIssueAgainst26() {
        Measure proceedings = measure("care-proceedings");

        assertThat(proceedings.total()).isEqualTo(new Figures(1, 1, 100.0, 25.7, 25.7));
        assertThat(proceedings.unit()).isEqualTo("weeks");
        assertThat(proceedings.limit()).isEqualTo(26);
        assertThat(proceedings.national().percent()).isEqualTo(23.0);
    }

    @Test
    void aReferralOfACaseReferredInThe12MonthsBeforeIsAReReferral() {
        assertThat(measure("re-referral").total()).isEqualTo(new Figures(3, 1, 33.3, null, null));
        assertThat(measure("re-referral").higherIsBetter()).isFalse();
    }

    @Test
    void aPlanOfACaseThatHadOneBeforeIsARepeatAndAPlanOfTwoYearsIsLong() {
        // the later plan started in the period, after the one moved in (started before the period)
        assertThat(measure("repeat-plan").total()).isEqualTo(new Figures(1, 1, 100.0, null, null));
        assertThat(measure("long-plan").total()).isEqualTo(new Figures(1, 1, 100.0, null, null));
        assertThat(measures.measure(FROM, LocalDate.of(2026, 11, 30), List.of(team)).measure("long-plan").total().count()).isZero();
    }

    @Test
    void eachTeamSeesItsOwnStepsOnly() {
        TimelinessReport other = measures.measure(FROM, TO, List.of(otherTeam));

        assertThat(other.measure("referral-decision").total()).isEqualTo(new Figures(1, 1, 100.0, 1.0, 1.0));
        assertThat(other.measure("assessment").total().count()).isZero();
        TimelinessReport both = measures.measure(FROM, TO, List.of(team, otherTeam));
        assertThat(both.measure("referral-decision").byTeam()).extracting(t -> t.team() + " " + t.figures().count())
                .containsExactly(team + " 3", otherTeam + " 1");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> measures.measure(TO, FROM, List.of(team))).isInstanceOf(IllegalArgumentException.class);
    }

    private Measure measure(String id) {
        return measures.measure(FROM, TO, List.of(team)).measure(id);
    }

    private static Figures month(Measure measure, String month) {
        return measure.byMonth().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow().figures();
    }

    private ProcessInstance assessment() {
        ProcessInstance assessment = engine.getRuntimeService().startProcessInstanceByKey("assessment", "CF-T-" + UUID.randomUUID(),
                withVariables("team", team, "referralReceivedAt", "2025-12-01", "assessmentStartedOn", "2025-12-02"));
        engine.getTaskService().complete(task("Task_SeeChild", assessment).getId(), withVariables("childSeenOn", "2025-12-02",
                "seenAlone", "yes", "childViews", "Fine"));
        return assessment;
    }

    private void authorise(ProcessInstance assessment) {
        engine.getTaskService().complete(task("Task_CompleteAssessment", assessment).getId(), withVariables("worries", "Bruising",
                "workingWell", "Grandmother", "needsToHappen", "Safety plan", "safetyScale", 4, "analysis", "Analysis", "assessmentFactors", "3B 4B",
                "recommendation", "child-in-need-plan"));
        engine.getTaskService().complete(task("Task_AuthoriseAssessment", assessment).getId(), withVariables(
                "assessmentAuthorised", "yes", "primaryNeedCode", "N1", "authorisationComments", "Agreed"));
    }

    private ProcessInstance referral(String caseReference, String team, String receivedAt) {
        return engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference, withVariables("team", team,
                "referralReceivedAt", receivedAt, "childName", "Alex", "concerns", "Bruising seen at school"));
    }

    private void decide(ProcessInstance referral) {
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), withVariables("decision",
                "no-further-action", "decisionReasons", "Reasons recorded", "referrerInformed", "yes"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));
    }

    /** The ledger's worker of a step is whoever holds its latest task: here, the conference. */
    private void conference(ProcessInstance section47, String heldOn, String worker) {
        engine.getTaskService().complete(task("Task_CompleteSection47Enquiry", section47).getId(), withVariables(
                "enquiryFindings", "Findings", "childViews", "Wants to stay at home", "enquiryOutcome", "convene-icpc",
                "section47StartedOn", engine.getRuntimeService().getVariable(section47.getId(), "strategyDiscussionOn")));
        engine.getTaskService().setAssignee(task("Task_HoldInitialConference", section47).getId(), worker);
        engine.getTaskService().complete(task("Task_HoldInitialConference", section47).getId(), withVariables(
                "initialConferenceOn", heldOn, "conferenceChair", "Chair", "conferenceOutcome", "no-plan",
                "conferenceDecisions", "Child in need"));
    }

    private ProcessInstance start(String key, String caseReference, String team, String dateVariable, String date) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, caseReference, withVariables("team", team, dateVariable, date));
    }

    private void group(String id, String type) {
        Group group = engine.getIdentityService().newGroup(id);
        group.setName(id);
        group.setType(type);
        engine.getIdentityService().saveGroup(group);
    }
}
