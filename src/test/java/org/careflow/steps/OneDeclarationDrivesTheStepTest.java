package org.careflow.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

/**
 * section47.bpmn declares the initial conference once, on its sub-process (icpc, from
 * strategyDiscussionOn): each of the three tasks in it is due by that deadline and reminded on the
 * same day, the timer on its boundary fires when the deadline has passed, and the escalation it calls
 * is given that deadline, the step and the team, with nothing passed by hand. Worked example: s47
 * initiated at a strategy discussion on Thu 10 Dec 2026, ICPC due Tue 5 Jan 2027.
 */
class OneDeclarationDrivesTheStepTest extends ProcessTest {

    @Test
    void dueDateReminderTimerAndEscalationFollowTheOneDeclaration() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = engine.getRuntimeService().startProcessInstanceByKey("section47", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "strategyDiscussionOn", "2026-12-10"));

        Task enquiry = task("Task_CompleteSection47Enquiry", section47);
        assertThat(enquiry.getDueDate()).isEqualTo(endOf("2027-01-05"));
        assertThat(enquiry.getFollowUpDate()).isNotNull().isBefore(enquiry.getDueDate());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(section47.getId())
                .activityId("Timer_InitialConferenceOverdue").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(startOf("2027-01-06"));

        clock.set(at("2027-01-05T23:59"));
        clock.fireDueJobs();
        assertThat(escalationOf(section47)).isNull();

        clock.set(at("2027-01-06T00:00:01"));
        clock.fireDueJobs();

        ProcessInstance escalation = escalationOf(section47);
        assertThat(escalation.getBusinessKey()).isEqualTo(section47.getBusinessKey());
        assertThat(engine.getRuntimeService().getVariable(escalation.getId(), EscalationProcess.TEAM)).isEqualTo("north");
        EscalationFacts facts = escalations.of(escalation.getId()).orElseThrow();
        assertThat(facts.overdueStepId()).isEqualTo("SubProcess_Section47Enquiry");
        assertThat(facts.overdueStep()).isEqualTo("Section 47 enquiry and initial conference");
        assertThat(facts.overdueProcessInstanceId()).isEqualTo(section47.getId());
        assertThat(facts.deadline()).isEqualTo(enquiry.getDueDate());
    }

    @Test
    void aStepThatRepeatsRunsFromTheActualDateOfTheLastOccurrence() {
        // ICPC Fri 18 Dec 2026: first review due Thu 18 Mar 2027; held Thu 11 Mar 2027, the next is due Sat 11 Sep 2027
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "initialConferenceOn", "2026-12-18"));
        assertThat(task("Task_HoldReviewConference", plan).getDueDate()).isEqualTo(endOf("2027-03-18"));

        clock.set(at("2027-03-11T16:00"));
        engine.getTaskService().complete(task("Task_HoldReviewConference", plan).getId(), withVariables(
                "reviewHeldOn", "2027-03-11", "conferenceChair", "IRO", "reviewDecision", "continue",
                "reviewNotes", "Plan continues", "categoryOfAbuse", "NEG", "visitTimescale", "cp-visit"));

        assertThat(task("Task_HoldReviewConference", plan).getDueDate()).isEqualTo(endOf("2027-09-11"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
                .activityId("Timer_ReviewOverdue").singleResult().getDuedate()).isEqualTo(startOf("2027-09-12"));
    }

    private ProcessInstance escalationOf(ProcessInstance caller) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .superProcessInstanceId(caller.getId()).singleResult();
    }
}
