package org.careflow.proceedings;

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
import org.careflow.cases.CaseDates;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * timescales.md: proceedings issued Mon 11 Jan 2027 have their CMH window Fri 22 Jan to Thu 28 Jan,
 * a further CMH by Thu 4 Feb, and their 26 weeks end on Sun 11 Jul 2027; 8 weeks granted on or
 * before that day end on Sun 5 Sep 2027, granted late on Wed 14 Jul 2027 on Wed 8 Sep 2027.
 */
class CareProceedingsProcessTest extends ProcessTest {

    @Autowired
    CaseDates caseDates;

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
        // the ledger's deadline of the proceedings moved in the same commit
        assertThat(theLedgerAgreesFor(proceedings)).isPositive();
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

        complete(proceedings, "Task_RecordExtension", withVariables("extensionGrantedOn", "2027-09-01", "extensionBy", "weeks",
                "extensionWeeks", 4, "extensionJustification", "Expert assessment of the father outstanding"));

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
    void anExtensionToTheDateTheCourtSetEndsOnThatDate() {
        // timescales.md: 26 weeks end Sun 11 Jul 2027; on Wed 7 Jul 2027 the court extends to Fri 27 Aug 2027
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-07T12:00"));

        complete(proceedings, "Task_RecordExtension", extensionTo("2027-07-07", "2027-08-27"));

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-08-27"));
        assertThat(timerDue(proceedings, "Timer_ProceedingsEndPassed")).isEqualTo(startOf("2027-08-28"));
        assertThat(proceedings).variables().containsEntry("proceedingsEndOn", "2027-08-27")
                .containsEntry("extensionEndsOn", "2027-08-27").containsEntry("extensionCount", 1);
        assertThat(proceedings).isWaitingAt("Task_RecordExtension");
    }

    @Test
    void anExtensionToADatePastTheEightWeekCeilingOrNotAfterTheCurrentEndIsRefusedNamingTheField() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-07T12:00"));
        String record = task("Task_RecordExtension", proceedings).getId();

        // the ceiling: 8 weeks after the later of Sun 11 Jul (the end) and Wed 7 Jul (the grant), Sun 5 Sep 2027
        assertThatThrownBy(() -> engine.getTaskService().complete(record, extensionTo("2027-07-07", "2027-09-06")))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensionEndsOn").hasMessageContaining("2027-09-05");
        assertThatThrownBy(() -> engine.getTaskService().complete(record, extensionTo("2027-07-07", "2027-07-09")))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensionEndsOn").hasMessageContaining("after the current end");
        assertThatThrownBy(() -> engine.getTaskService().complete(record, withVariables("extensionGrantedOn", "2027-07-07",
                "extensionBy", "date", "extensionJustification", "Expert assessment outstanding")))
                .as("the date is required when the order extends to a date").rootCause().hasMessageContaining("extensionEndsOn");

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-07-11"));
        assertThat(proceedings).variables().doesNotContainKey("extensionCount");

        // the ceiling itself is accepted
        engine.getTaskService().complete(record, extensionTo("2027-07-07", "2027-09-05"));
        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-09-05"));
    }

    @Test
    void anExtensionByWeeksThenOneToADateEachKeepsItsJustification() {
        ProcessInstance proceedings = issuedOn11January2027();
        clock.set(at("2027-07-09T12:00"));
        complete(proceedings, "Task_RecordExtension", extension("2027-07-09", 8));
        clock.set(at("2027-09-01T12:00"));

        // later of Sun 5 Sep (current end) and Wed 1 Sep (grant), ceiling Sun 31 Oct 2027: Fri 29 Oct accepted
        complete(proceedings, "Task_RecordExtension", withVariables("extensionGrantedOn", "2027-09-01", "extensionBy", "date",
                "extensionEndsOn", "2027-10-29", "extensionJustification", "Final hearing listed on Fri 29 Oct"));

        assertThat(task("Task_ConcludeProceedings", proceedings)).hasDueDate(endOf("2027-10-29"));
        assertThat(proceedings).variables().containsEntry("extensionCount", 2)
                .containsEntry("proceedingsEndBeforeExtension", "2027-09-05")
                .containsEntry("extensionWeeks", null);
        assertThat(justifications(proceedings))
                .containsExactlyInAnyOrder("Expert assessment of the father outstanding", "Final hearing listed on Fri 29 Oct");
    }

    @Test
    void aPloDayOnAWeekendIsActedOnByTheFridayBeforeAndTheStatutoryDayIsShown() {
        // issued Wed 13 Jan 2027: day 2 Thu 14 Jan; CMH window day 12 Sun 24 Jan to day 18 Sat 30 Jan; day 25 Sat 6 Feb
        clock.set(at("2027-01-13T15:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "issuedOn", "2027-01-13"));

        assertThat(task("Task_AllocateProceedings", proceedings)).hasDueDate(endOf("2027-01-14"));
        assertThat(task("Task_AllocateProceedings", proceedings).getDescription()).isEqualTo("Statutory day: Thu 14 Jan 2027 (plo-allocation).");
        String allocate = task("Task_AllocateProceedings", proceedings).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(allocate, withVariables("allocatedOn", "2027-01-13",
                "courtLevel", "circuit-judge", "cmhListedOn", "2027-02-01")))
                .as("Mon 1 Feb is after the window, which ends on Sat 30 Jan").rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to 2027-01-29").hasMessageContaining("2027-01-30 is not a business day");
        complete(proceedings, "Task_AllocateProceedings", withVariables("allocatedOn", "2027-01-13", "courtLevel", "circuit-judge",
                "cmhListedOn", "2027-01-29"));
        clock.set(at("2027-01-29T17:00"));
        complete(proceedings, "Task_HoldAdvocatesMeetingBeforeCmh", withVariables("advocatesMeetingOn", "2027-01-27",
                "advocatesMeetingNotes", "Draft order"));

        assertThat(task("Task_HoldCaseManagementHearing", proceedings)).hasDueDate(endOf("2027-01-29"));
        assertThat(task("Task_HoldCaseManagementHearing", proceedings).getDescription())
                .isEqualTo("Window: Sun 24 Jan 2027 to Sat 30 Jan 2027, not a business day, so by Fri 29 Jan 2027 (plo-cmh).");
        assertThat(timerDue(proceedings, "Timer_CaseManagementHearingOverdue")).isEqualTo(startOf("2027-01-30"));

        complete(proceedings, "Task_HoldCaseManagementHearing", withVariables("cmhHeldOn", "2027-01-29", "furtherCmhNeeded", "yes",
                "fcmhListedOn", "2027-02-05", "cmhDirections", "Directions"));

        assertThat(task("Task_HoldFurtherCaseManagementHearing", proceedings)).hasDueDate(endOf("2027-02-05"));
        assertThat(task("Task_HoldFurtherCaseManagementHearing", proceedings).getDescription())
                .isEqualTo("Statutory day: Sat 6 Feb 2027, not a business day, so by Fri 5 Feb 2027 (plo-fcmh).");
        assertThat(task("Task_ConcludeProceedings", proceedings)).as("26 weeks beginning with Wed 13 Jan 2027")
                .hasDueDate(endOf("2027-07-13"));
    }

    @Test
    void aCmhWindowEndingOnEasterMondayIsDueTheThursdayBeforeGoodFridayAndEscalatesAfterIt() {
        // issued Fri 12 Mar 2027: day 2 Sat 13 Mar (act on the day of issue); CMH window Tue 23 Mar to Easter Monday 29 Mar
        clock.set(at("2027-03-12T11:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "issuedOn", "2027-03-12"));
        assertThat(task("Task_AllocateProceedings", proceedings)).hasDueDate(endOf("2027-03-12"));
        String allocate = task("Task_AllocateProceedings", proceedings).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(allocate, withVariables("allocatedOn", "2027-03-12",
                "courtLevel", "circuit-judge", "cmhListedOn", "2027-03-29")))
                .rootCause().hasMessageContaining("not a business day");
        engine.getTaskService().complete(allocate, withVariables("allocatedOn", "2027-03-12", "courtLevel", "circuit-judge",
                "cmhListedOn", "2027-03-25"));
        clock.set(at("2027-03-23T17:00"));
        complete(proceedings, "Task_HoldAdvocatesMeetingBeforeCmh", withVariables("advocatesMeetingOn", "2027-03-23",
                "advocatesMeetingNotes", "Draft order"));

        assertThat(task("Task_HoldCaseManagementHearing", proceedings)).hasDueDate(endOf("2027-03-25"));
        assertThat(task("Task_HoldCaseManagementHearing", proceedings).getDescription())
                .isEqualTo("Window: Tue 23 Mar 2027 to Mon 29 Mar 2027, not a business day, so by Thu 25 Mar 2027 (plo-cmh).");

        clock.setAndFire(at("2027-03-25T23:59"));
        assertThat(escalationTasks(proceedings)).isZero();
        clock.setAndFire(at("2027-03-26T00:00:01"));
        assertThat(escalationTasks(proceedings)).as("late from Good Friday, not from Tue 30 Mar").isOne();
    }

    @Test
    void aCorrectedIssueDateMovesThePloDayToActByAndItsDescription() {
        // recorded as issued Thu 14 Jan 2027 (day 2 Fri 15 Jan), in fact issued Fri 15 Jan: day 2 is Sat 16 Jan, act by Fri 15 Jan
        clock.set(at("2027-01-15T16:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "issuedOn", "2027-01-14"));
        assertThat(task("Task_AllocateProceedings", proceedings).getDescription()).isEqualTo("Statutory day: Fri 15 Jan 2027 (plo-allocation).");

        asManagerOfNorth(() -> caseDates.change(proceedings.getBusinessKey(), "issuedOn", "2027-01-15", "Issued on Friday"));

        assertThat(task("Task_AllocateProceedings", proceedings)).hasDueDate(endOf("2027-01-15"));
        assertThat(task("Task_AllocateProceedings", proceedings).getDescription())
                .isEqualTo("Statutory day: Sat 16 Jan 2027, not a business day, so by Fri 15 Jan 2027 (plo-allocation).");
    }

    @Test
    void relistingTheIrhMovesItsAdvocatesMeeting() {
        ProcessInstance proceedings = listedAndHeldCmh();
        complete(proceedings, "Task_HoldCaseManagementHearing", cmh("no", "irhListedOn", "2027-04-19"));
        assertThat(task("Task_HoldAdvocatesMeetingBeforeIrh", proceedings)).hasDueDate(endOf("2027-04-08"));

        asManagerOfNorth(() -> caseDates.change(proceedings.getBusinessKey(), "irhListedOn", "2027-04-26",
                "Court relisted the IRH: judge unavailable"));

        // 7 business days before Mon 26 Apr 2027: Thu 15 Apr
        assertThat(task("Task_HoldAdvocatesMeetingBeforeIrh", proceedings)).hasDueDate(endOf("2027-04-15"));
        assertThat(engine.getTaskService().getProcessInstanceComments(proceedings.getId()))
                .anySatisfy(comment -> assertThat(comment.getFullMessage()).contains("irhListedOn changed from 2027-04-19 to 2027-04-26")
                        .contains("tm.north").contains("judge unavailable"));
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
    void aCaseMovedInDuringPreProceedingsRunsFromTheLegalGatewayThatBeganThem() {
        clock.set(at("2027-02-15T10:00"));
        ProcessInstance proceedings = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "legalGatewayOn", "2027-01-04"));

        // no legal gateway meeting to hold: pre-proceedings began on Mon 4 Jan 2027, their 16 weeks from then
        assertThat(proceedings).isWaitingAt("Task_SendLetterBeforeProceedings");
        assertThat(task("Task_SendLetterBeforeProceedings", proceedings)).hasDueDate(endOf("2027-04-26"));
        assertThat(engine.getRuntimeService().getVariable(proceedings.getId(), "legalGatewayDecision")).isEqualTo("pre-proceedings");

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("careProceedings", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "legalGatewayOn", "2027-02-16")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("legalGatewayOn");
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
        complete(proceedings, "Task_SendLetterBeforeProceedings", withVariables("letterSentOn", "2027-01-04", "letterRecipients", "Mother",
                "familyGroupMeetingOffered", "yes"));
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

    void asManagerOfNorth(Runnable change) {
        engine.getIdentityService().setAuthentication("tm.north", List.of("north-managers"));
        try {
            change.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static Map<String, Object> extensionTo(String grantedOn, String endsOn) {
        return withVariables("extensionGrantedOn", grantedOn, "extensionBy", "date", "extensionEndsOn", endsOn,
                "extensionJustification", "Expert assessment of the father outstanding");
    }

    java.util.List<Object> justifications(ProcessInstance proceedings) {
        return engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
                .processInstanceId(proceedings.getId()).list().stream()
                .map(detail -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                .filter(update -> "extensionJustification".equals(update.getVariableName()))
                .map(org.camunda.bpm.engine.history.HistoricVariableUpdate::getValue).toList();
    }

    static Map<String, Object> extension(String grantedOn, int weeks) {
        return withVariables("extensionGrantedOn", grantedOn, "extensionWeeks", weeks,
                "extensionJustification", "Expert assessment of the father outstanding");
    }
}
