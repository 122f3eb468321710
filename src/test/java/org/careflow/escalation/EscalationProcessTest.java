package org.careflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An overdue referral decision (received Thu 24 Dec 2026 16:00, due Tue 29 Dec 2026) escalates to
 * the team's managers when the deadline passes, and to heads of service one working day later
 * if the step is still open and no oversight has been recorded. The target date the managers record
 * is held: missed, the step escalates again, to the managers and then heads of service.
 */
class EscalationProcessTest extends ProcessTest {

    ProcessInstance referral;

    @BeforeEach
    void startReferralOverChristmas() {
        clock.set(at("2026-12-24T17:00"));
        referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
    }

    @Test
    void nothingEscalatesUntilTheDeadlineDayHasEnded() {
        clock.setAndFire(at("2026-12-29T23:59"));

        assertThat(escalations()).isEmpty();
    }

    @Test
    void theTeamsManagersRecordOversightOnceTheDeadlinePasses() {
        clock.setAndFire(at("2026-12-30T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight");
        Task oversight = task("Task_RecordOversight", escalation);
        assertThat(oversight).hasCandidateGroup("north-managers").hasDueDate(endOf("2026-12-30"));
        assertThat(oversight.getName())
                .isEqualTo("Record oversight: Referral decision overdue · " + referral.getBusinessKey());
        assertThat(referral).isWaitingAt("Task_DecideOnReferral", "CallActivity_EscalateReferralDecision");
    }

    @Test
    void aHeadOfServiceReviewsWhenNoOversightIsRecordedAWorkingDayLater() {
        clock.setAndFire(at("2026-12-30T00:00:01"));
        clock.setAndFire(at("2026-12-30T23:59"));
        assertThat(onlyEscalation()).isNotWaitingAt("Task_ReviewEscalation");

        clock.setAndFire(at("2026-12-31T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight", "Task_ReviewEscalation");
        assertThat(task("Task_ReviewEscalation", escalation)).hasCandidateGroup("heads-of-service");
    }

    @Test
    void recordedOversightStopsTheEscalationToHeadsOfServiceAndHoldsTheStepToItsTarget() {
        clock.setAndFire(at("2026-12-30T09:00"));
        ProcessInstance escalation = onlyEscalation();

        recordOversight(escalation, "2027-01-08");
        clock.setAndFire(at("2027-01-05T09:00"));

        assertThat(escalation).isWaitingAt("Timer_TargetDateMissed").hasPassed("Task_RecordOversight")
                .hasNotPassed("Task_ReviewEscalation");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(escalation.getId()).list())
                .singleElement().satisfies(job -> assertThat(job.getDuedate()).isEqualTo(startOf("2027-01-09")));
    }

    @Test
    void aStepDoneMeanwhileGoesNoFurtherThanTheManagers() {
        clock.setAndFire(at("2026-12-30T09:00"));
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), withVariables(
                "decision", "assessment", "decisionReasons", "Needs assessment", "referrerInformed", "yes"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));

        clock.setAndFire(at("2026-12-31T00:00:01"));

        ProcessInstance escalation = onlyEscalation();
        assertThat(escalation).isWaitingAt("Task_RecordOversight").hasPassed("EndEvent_StepDoneMeanwhile");
        assertThat(referral).isWaitingAt("CallActivity_EscalateReferralDecision");
    }

    @Test
    void aCaseMovedInLongAfterItsDeadlineReachesManagersAndHeadsOfServiceAtOnce() {
        clock.set(at("2026-11-24T10:00"));
        ProcessInstance movedIn = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "south", "referralReceivedAt", "2025-01-06"));

        clock.fireDueJobs();

        ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(movedIn.getId()).singleResult();
        assertThat(escalation).isWaitingAt("Task_RecordOversight", "Task_ReviewEscalation");
        assertThat(task("Task_RecordOversight", escalation)).hasCandidateGroup("south-managers");
        assertThat(task("Task_ReviewEscalation", escalation)).hasCandidateGroup("heads-of-service");
    }

    @Test
    void aTimerThatHasFiredDoesNotFireAgain() {
        clock.setAndFire(at("2026-12-30T09:00"));
        clock.setAndFire(at("2027-01-08T09:00"));

        assertThat(escalations()).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewEscalation")
                .processInstanceBusinessKey(referral.getBusinessKey()).count()).isOne();
    }

    // A missed target date: a referral received Mon 21 Dec 2026, its decision due Tue 22 Dec, escalated
    // Wed 23 Dec; the managers record oversight that day with the target Thu 24 Dec 2026. Fri 25 Dec
    // (Christmas), the weekend and Mon 28 Dec (Boxing Day substitute) are no working days.

    @Test
    void aTargetDateMissedEscalatesAgainToTheManagersOnceTheTargetDayHasEnded() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");

        clock.setAndFire(at("2026-12-24T23:59:59"));
        assertThat(escalation).isWaitingAt("Timer_TargetDateMissed");
        assertThat(openOversight(escalation)).isEmpty();

        clock.setAndFire(startOf("2026-12-25"));

        assertThat(escalation).isWaitingAt("Task_RecordOversight").hasNotPassed("Task_ReviewEscalation");
        Task again = task("Task_RecordOversight", escalation);
        // one working day after the missed target, by escalation-to-head-of-service: Tue 29 Dec
        assertThat(again).hasCandidateGroup("north-managers").hasDueDate(endOf("2026-12-29"));
        assertThat(again.getName()).isEqualTo("Record oversight: Referral decision overdue · " + referral.getBusinessKey());
        assertThat(referral).isWaitingAt("Task_DecideOnReferral", "CallActivity_EscalateReferralDecision");
    }

    /**
     * What the escalation escalates is on its row, the deadline it holds the step to moved there by
     * each target; the history keeps the team once, and every oversight recorded.
     */
    @Test
    void anEscalationKeepsWhatItEscalatesOnItsRowAndTheHistoryEveryOversight() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");
        EscalationFacts facts = escalations.of(escalation.getId()).orElseThrow();
        assertThat(facts.overdueStep()).isEqualTo("Referral decision");
        assertThat(facts.overdueStepId()).as("the decision and its agreement").isEqualTo("SubProcess_ReferralDecision");
        assertThat(facts.overdueProcessInstanceId()).isEqualTo(referral.getId());
        assertThat(facts.overdueExecutionId()).as("where the decision runs").isNotNull();
        assertThat(facts.deadline()).isEqualTo(endOf("2026-12-22"));
        assertThat(facts.targetDeadline()).as("the end of the target day").isEqualTo(endOf("2026-12-24"));
        assertThat(facts.alreadyEscalatedBy()).isNull();
        clock.setAndFire(startOf("2026-12-25"));
        HistoryService history = engine.getHistoryService();

        assertThat(engine.getManagementService().getHistoryLevel()).as("still level full, as the database records it").isEqualTo(3);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(escalation.getId()).list())
                .extracting(HistoricVariableInstance::getName)
                .contains("team", "delayReason", "nextAction", "newTargetDate")
                .doesNotContain("overdueStep", "overdueStepId", "overdueProcessInstanceId", "overdueExecutionId", "deadline",
                        "targetDeadline");
        List<String> details = history.createHistoricDetailQuery().processInstanceId(escalation.getId()).variableUpdates().list()
                .stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
        assertThat(details).as("the team learnt at the start: its historic instance alone").doesNotContain("team");
        assertThat(details).contains("delayReason", "nextAction", "newTargetDate");
        assertThat(history.createHistoricDetailQuery().processInstanceId(referral.getId()).variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName()).as("a case's variables, as ever")
                .contains("team", "referralReceivedAt");
    }

    @Test
    void aTargetDateMissedGoesToHeadsOfServiceWhenTheManagersDoNotRecordOversightAgainInTime() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");
        clock.setAndFire(startOf("2026-12-25"));

        clock.setAndFire(at("2026-12-29T23:59"));
        assertThat(escalation).isWaitingAt("Task_RecordOversight").hasNotPassed("Task_ReviewEscalation");

        clock.setAndFire(at("2026-12-30T00:00:01"));

        assertThat(escalation).isWaitingAt("Task_RecordOversight", "Task_ReviewEscalation");
        assertThat(task("Task_ReviewEscalation", escalation)).hasCandidateGroup("heads-of-service");
        assertThat(oversightTasks(escalation)).hasSize(2);
    }

    @Test
    void aStepDoneBeforeItsTargetDateEndsTheEscalationWithoutASecondOne() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");
        clock.set(at("2026-12-24T10:00"));
        decideOnReferral();

        clock.setAndFire(startOf("2026-12-25"));
        clock.setAndFire(at("2027-01-08T09:00"));

        assertThat(escalation).isEnded().hasPassed("EndEvent_StepDoneByTarget").hasNotPassed("Task_ReviewEscalation");
        assertThat(oversightTasks(escalation)).hasSize(1);
    }

    @Test
    void eachTargetSetIsKeptAndEachMissedTargetEscalatesOnce() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");
        clock.setAndFire(startOf("2026-12-25"));
        clock.set(at("2026-12-29T10:00"));
        engine.getTaskService().complete(task("Task_RecordOversight", escalation).getId(), withVariables(
                "delayReason", "Duty worker called to a s47", "nextAction", "Team manager decides",
                "newTargetDate", "2026-12-31"));

        clock.setAndFire(at("2026-12-31T23:59"));
        assertThat(openOversight(escalation)).isEmpty();
        clock.setAndFire(startOf("2027-01-01"));

        // Fri 1 Jan is New Year's Day: the third oversight is due Mon 4 Jan
        assertThat(openOversight(escalation)).singleElement().satisfies(task -> assertThat(task.getDueDate()).isEqualTo(endOf("2027-01-04")));
        List<HistoricTaskInstance> recorded = oversightTasks(escalation).stream().filter(task -> task.getEndTime() != null).toList();
        assertThat(recorded).extracting(task -> localVariable(task, "newTargetDate")).containsExactly("2026-12-24", "2026-12-31");
        assertThat(recorded).extracting(task -> localVariable(task, "delayReason"))
                .containsExactly("Worker off sick over Christmas", "Duty worker called to a s47");
        assertThat(engine.getRuntimeService().getVariable(escalation.getId(), "newTargetDate")).isEqualTo("2026-12-31");

        clock.setAndFire(at("2027-01-08T09:00"));

        assertThat(oversightTasks(escalation)).hasSize(3);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(escalation.getId())
                .taskDefinitionKey("Task_ReviewEscalation").count()).isOne();
        assertThat(escalations()).hasSize(1);
    }

    @Test
    void theDeadlineTheStepIsHeldToIsTheEnginesAlone() {
        ProcessInstance escalation = referralDecisionOverdueWithTarget("2026-12-24");
        clock.setAndFire(startOf("2026-12-25"));
        String oversight = task("Task_RecordOversight", escalation).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(oversight, withVariables(
                "delayReason", "Busy", "nextAction", "Decide", "newTargetDate", "2026-12-31",
                "targetDeadline", endOf("2027-03-31"))))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("targetDeadline");
        assertThat(escalations.of(escalation.getId()).orElseThrow().targetDeadline()).isEqualTo(endOf("2026-12-24"));
    }

    ProcessInstance referralDecisionOverdueWithTarget(String targetDate) {
        clock.set(at("2026-12-21T10:30"));
        referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-21T10:00:00Z"));
        clock.setAndFire(at("2026-12-23T09:00"));
        ProcessInstance escalation = onlyEscalation();
        recordOversight(escalation, targetDate);
        return escalation;
    }

    void recordOversight(ProcessInstance escalation, String targetDate) {
        engine.getTaskService().complete(task("Task_RecordOversight", escalation).getId(), withVariables(
                "delayReason", "Worker off sick over Christmas", "nextAction", "Duty worker decides",
                "newTargetDate", targetDate));
    }

    void decideOnReferral() {
        engine.getTaskService().complete(task("Task_DecideOnReferral", referral).getId(), withVariables(
                "decision", "assessment", "decisionReasons", "Needs assessment", "referrerInformed", "yes"));
        engine.getTaskService().complete(task("Task_AgreeReferralDecision", referral).getId(), withVariables(
                "managerAgrees", "yes", "managerComments", "Agreed"));
    }

    List<Task> openOversight(ProcessInstance escalation) {
        return engine.getTaskService().createTaskQuery().processInstanceId(escalation.getId())
                .taskDefinitionKey("Task_RecordOversight").list();
    }

    List<HistoricTaskInstance> oversightTasks(ProcessInstance escalation) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(escalation.getId())
                .taskDefinitionKey("Task_RecordOversight").orderByHistoricActivityInstanceStartTime().asc().list();
    }

    Object localVariable(HistoricTaskInstance task, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(task.getId()).variableName(name)
                .singleResult().getValue();
    }

    List<ProcessInstance> escalations() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(referral.getId()).list();
    }

    ProcessInstance onlyEscalation() {
        List<ProcessInstance> escalations = escalations();
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getBusinessKey()).isEqualTo(referral.getBusinessKey());
        return escalations.get(0);
    }
}
