package org.careflow.proceedings;

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
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

/**
 * timescales.md: proceedings issued Mon 11 Jan 2027 have their CMH window Fri 22 Jan to Thu 28 Jan,
 * a further CMH by Thu 4 Feb, and their 26 weeks end on Sun 11 Jul 2027; 8 weeks granted on or
 * before that day end on Sun 5 Sep 2027, granted late on Wed 14 Jul 2027 on Wed 8 Sep 2027.
 */
class CareProceedingsProcessTest extends ProcessTest {

    @Test
    void fromIssueTheConclusionIsDueWhenThe26WeeksEnd() {
        ProcessInstance proceedings = issuedOn11January2027();

        assertThat(proceedings).isWaitingAt("Task_ConcludeProceedings", "Task_AllocateProceedings", "Task_RecordExtension");
        assertThat(task("Task_ConcludeProceedings", proceedings)).hasCandidateGroup("north").hasDueDate(endOf("2027-07-11"));
        assertThat(task("Task_AllocateProceedings", proceedings)).hasDueDate(endOf("2027-01-12"));
        assertThat(timerDue(proceedings, "Timer_ProceedingsEndPassed")).isEqualTo(startOf("2027-07-12"));
    }

    @Test
    void theCmhMustBeListedInsideItsWindowOnABusinessDay() {
        ProcessInstance proceedings = issuedOn11January2027();
        String allocate = task("Task_AllocateProceedings", proceedings).getId();

        for (String outside : new String[] {"2027-01-21", "2027-01-29"}) {
            assertThatThrownBy(() -> engine.getTaskService().complete(allocate, allocation(outside)))
                    .rootCause().isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cmhListedOn").hasMessageContaining("2027-01-22").hasMessageContaining("2027-01-28");
        }
        assertThatThrownBy(() -> engine.getTaskService().complete(allocate, allocation("2027-01-23")))
                .rootCause().hasMessageContaining("not a business day");

        engine.getTaskService().complete(allocate, allocation("2027-01-25"));

        // the advocates' meeting no later than 2 business days before a CMH on Mon 25 Jan: Thu 21 Jan
        assertThat(task("Task_HoldAdvocatesMeetingBeforeCmh", proceedings)).hasDueDate(endOf("2027-01-21"));
        clock.set(at("2027-01-21T17:00"));
        complete(proceedings, "Task_HoldAdvocatesMeetingBeforeCmh", withVariables("advocatesMeetingOn", "2027-01-21",
                "advocatesMeetingNotes", "Draft order"));
        assertThat(task("Task_HoldCaseManagementHearing", proceedings)).hasDueDate(endOf("2027-01-28"));
    }

    @Test
    void aFurtherCmhOnlyIfNeededAndByDay25() {
        ProcessInstance proceedings = listedAndHeldCmh();
        String cmh = task("Task_HoldCaseManagementHearing", proceedings).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(cmh, cmh("yes", "fcmhListedOn", "2027-02-05")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("fcmhListedOn");
        engine.getTaskService().complete(cmh, cmh("yes", "fcmhListedOn", "2027-02-04"));

        assertThat(task("Task_HoldFurtherCaseManagementHearing", proceedings)).hasDueDate(endOf("2027-02-04"));
    }

    @Test
    void theIrhHasItsAdvocatesMeeting7BusinessDaysBefore() {
        ProcessInstance proceedings = listedAndHeldCmh();

        complete(proceedings, "Task_HoldCaseManagementHearing", cmh("no", "irhListedOn", "2027-04-19"));

        // 7 business days before Mon 19 Apr 2027: Thu 8 Apr
        assertThat(task("Task_HoldAdvocatesMeetingBeforeIrh", proceedings)).hasDueDate(endOf("2027-04-08"));
    }

    @Test
    void anExtensionGrantedInTimeRunsFromTheCurrentEnd() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-09T12:00"));

        complete(proceedings, "Task_RecordExtension", extension("2027-07-09", 8));

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-09-05"));
        assertThat(timerDue(proceedings, "Timer_ProceedingsEndPassed")).isEqualTo(startOf("2027-09-06"));
        assertThat(proceedings).variables().containsEntry("proceedingsEndOn", "2027-09-05").containsEntry("extensionCount", 1);
        assertThat(proceedings).isWaitingAt("Task_RecordExtension");
    }

    @Test
    void anExtensionGrantedLateRunsFromTheDayOfTheGrant() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.setAndFire(at("2027-07-14T12:00"));
        assertThat(escalationTasks(proceedings)).isOne();

        complete(proceedings, "Task_RecordExtension", extension("2027-07-14", 8));

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-09-08"));
        assertThat(timerDue(proceedings, "Timer_ProceedingsEndPassed")).isEqualTo(startOf("2027-09-09"));

        clock.setAndFire(at("2027-09-09T00:00:01"));
        assertThat(escalationTasks(proceedings)).as("the new end escalates when it passes too").isEqualTo(2);
    }

    @Test
    void twoExtensionsInARow() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-09T12:00"));
        complete(proceedings, "Task_RecordExtension", extension("2027-07-09", 8));
        clock.set(at("2027-09-01T12:00"));

        complete(proceedings, "Task_RecordExtension", extension("2027-09-01", 4));

        // later of Sun 5 Sep (current end) and Wed 1 Sep (grant), plus 4 weeks: Sun 3 Oct 2027
        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-10-03"));
        assertThat(proceedings).variables().containsEntry("extensionCount", 2)
                .containsEntry("proceedingsEndBeforeExtension", "2027-09-05");
        assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
                .processInstanceId(proceedings.getId()).list().stream()
                .filter(detail -> "extensionJustification".equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())))
                .as("the history keeps each extension's justification").hasSize(2);
    }

    @Test
    void anExtensionIsOfOneToEightWeeksAndHasBeenGranted() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-09T12:00"));
        String record = task("Task_RecordExtension", proceedings).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(record, extension("2027-07-09", 9)))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("extensionWeeks");
        assertThatThrownBy(() -> engine.getTaskService().complete(record, extension("2027-07-10", 8)))
                .rootCause().hasMessageContaining("extensionGrantedOn");
        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-07-11"));
    }

    @Test
    void headsOfServiceReviewTheTimetableAtWeeks20And24() {
        ProcessInstance proceedings = issuedOn11January2027();

        clock.setAndFire(at("2027-05-30T23:59"));
        assertThat(timetableReviews(proceedings)).isZero();
        clock.setAndFire(at("2027-05-31T00:00:01"));
        assertThat(timetableReviews(proceedings)).isOne();
        clock.setAndFire(at("2027-06-28T00:00:01"));
        assertThat(timetableReviews(proceedings)).isEqualTo(2);
    }

    @Test
    void proceedingsPastTheirEndEscalateToManagersThenHeadsOfService() {
        ProcessInstance proceedings = issuedOn11January2027();

        clock.setAndFire(at("2027-07-12T00:00:01"));
        assertThat(escalationTasks(proceedings)).isOne();
        clock.setAndFire(at("2027-07-14T00:00:01"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(proceedings.getBusinessKey())
                .taskDefinitionKey("Task_ReviewEscalation").taskCandidateGroup("heads-of-service").count()).isOne();
    }

    @Test
    void theOutcomeRecordsTheLengthInWeeksAndEndsEverything() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-09T16:00"));

        complete(proceedings, "Task_ConcludeProceedings", withVariables("finalHearingOn", "2027-07-09",
                "proceedingsOutcome", "care-order", "outcomeNotes", "Care order to the authority"));

        assertThat(proceedings).isEnded().variables()
                .containsEntry("proceedingsOutcome", "care-order")
                .containsEntry("proceedingsWeeks", 25.7)
                .containsEntry("careProceedingsMet", true);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proceedings.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(proceedings.getId()).count()).isZero();
    }

    @Test
    void preProceedingsFromTheLegalGatewayToIssue() {
        clock.set(at("2027-01-04T10:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "legalGatewayRequestedAt", "2027-01-04"));
        complete(proceedings, "Task_HoldLegalGatewayMeeting", withVariables("legalGatewayOn", "2027-01-04",
                "legalGatewayAdvice", "Threshold met", "legalGatewayDecision", "pre-proceedings"));

        // the local norm: 16 weeks from the legal gateway meeting on Mon 4 Jan 2027
        assertThat(task("Task_SendLetterBeforeProceedings", proceedings)).hasDueDate(endOf("2027-04-26"));
        complete(proceedings, "Task_SendLetterBeforeProceedings", withVariables("letterSentOn", "2027-01-04", "letterRecipients", "Mother"));
        complete(proceedings, "Task_HoldPreProceedingsMeeting", withVariables("preProceedingsMeetingOn", "2027-01-04",
                "preProceedingsAttendees", "All", "preProceedingsPlan", "Plan"));
        complete(proceedings, "Task_ReviewPreProceedings", withVariables("preProceedingsReviewOn", "2027-01-04",
                "preProceedingsProgress", "None", "preProceedingsDecision", "continue"));
        clock.set(at("2027-01-11T16:00"));
        complete(proceedings, "Task_ReviewPreProceedings", withVariables("preProceedingsReviewOn", "2027-01-11",
                "preProceedingsProgress", "None", "preProceedingsDecision", "issue"));
        complete(proceedings, "Task_RecordIssue", withVariables("issuedOn", "2027-01-11", "courtCaseNumber", "ZW27C00001"));

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-07-11"));
    }

    @Test
    void pastTheNormPreProceedingsEscalate() {
        clock.set(at("2027-01-04T10:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "legalGatewayRequestedAt", "2027-01-04"));
        complete(proceedings, "Task_HoldLegalGatewayMeeting", withVariables("legalGatewayOn", "2027-01-04",
                "legalGatewayAdvice", "Threshold met", "legalGatewayDecision", "pre-proceedings"));

        clock.setAndFire(at("2027-04-27T00:00:01"));

        assertThat(escalationTasks(proceedings)).isOne();
    }

    @Test
    void aReviewConferenceAskingForTheLegalGatewayStartsCareProceedings() {
        clock.set(at("2027-03-11T16:00"));
        ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "initialConferenceOn", "2026-12-18"));
        complete(plan, "Task_HoldReviewConference", withVariables("reviewHeldOn", "2027-03-11", "conferenceChair", "IRO",
                "reviewDecision", "legal-gateway", "reviewNotes", "Neglect persists"));

        ProcessInstance proceedings = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("careProceedings").processInstanceBusinessKey(plan.getBusinessKey()).singleResult();
        assertThat(proceedings).isWaitingAt("Task_HoldLegalGatewayMeeting");
    }

    ProcessInstance issuedOn11January2027() {
        clock.set(at("2027-01-11T15:00"));
        return engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "issuedOn", "2027-01-11"));
    }

    ProcessInstance listedAndHeldCmh() {
        ProcessInstance proceedings = issuedOn11January2027();
        complete(proceedings, "Task_AllocateProceedings", allocation("2027-01-25"));
        clock.set(at("2027-01-25T17:00"));
        complete(proceedings, "Task_HoldAdvocatesMeetingBeforeCmh", withVariables("advocatesMeetingOn", "2027-01-21",
                "advocatesMeetingNotes", "Draft order"));
        return proceedings;
    }

    java.util.Date timerDue(ProcessInstance instance, String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
                .singleResult().getDuedate();
    }

    long escalationTasks(ProcessInstance proceedings) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(proceedings.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").taskCandidateGroup("north-managers").count();
    }

    long timetableReviews(ProcessInstance proceedings) {
        return engine.getTaskService().createTaskQuery().processInstanceId(proceedings.getId())
                .taskDefinitionKey("Task_ReviewProceedingsTimetable").taskCandidateGroup("heads-of-service").count();
    }

    static Map<String, Object> allocation(String cmhListedOn) {
        return withVariables("allocatedOn", "2027-01-11", "courtLevel", "circuit-judge", "cmhListedOn", cmhListedOn);
    }

    static Map<String, Object> cmh(String furtherNeeded, String listedVariable, String listedOn) {
        return withVariables("cmhHeldOn", "2027-01-25", "furtherCmhNeeded", furtherNeeded, listedVariable, listedOn,
                "cmhDirections", "Directions");
    }

    static Map<String, Object> extension(String grantedOn, int weeks) {
        return withVariables("extensionGrantedOn", grantedOn, "extensionWeeks", weeks,
                "extensionJustification", "Expert assessment of the father outstanding");
    }
}
