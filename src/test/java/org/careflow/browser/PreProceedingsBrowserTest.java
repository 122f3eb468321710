package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review of pre-proceedings asks the day of the family group decision making meeting, which the
 * census returns: a day before the letter that offered it is refused at its field, and the review
 * stays open with nothing of it recorded.
 */
@BrowserTest
class PreProceedingsBrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aFamilyGroupMeetingBeforeTheLetterIsRefusedAtItsFieldAndTheReviewStaysOpen(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("careProceedings", caseReference, Variables
                .putValue("team", "north").putValue("legalGatewayRequestedAt", today.minusDays(10).toString())).getId();
        complete(instance, "Task_HoldLegalGatewayMeeting", Map.of("legalGatewayOn", today.minusDays(9).toString(),
                "legalGatewayAdvice", "Threshold met", "legalGatewayDecision", "pre-proceedings"));
        complete(instance, "Task_SendLetterBeforeProceedings", Map.of("letterSentOn", today.minusDays(8).toString(),
                "letterRecipients", "Mother", "familyGroupMeetingOffered", "yes"));
        complete(instance, "Task_HoldPreProceedingsMeeting", Map.of("preProceedingsMeetingOn", today.minusDays(5).toString(),
                "preProceedingsAttendees", "Parents and their solicitor", "preProceedingsPlan", "Plan agreed"));

        Tasklist tasklist = Tasklist.open(browser).logIn("sw.north").showFilter("My team's tasks");
        CamundaForm form = tasklist.claim("Review pre-proceedings · " + caseReference)
                .type("preProceedingsProgress", "Parents engaging with the plan")
                .select("preProceedingsDecision", "Continue pre-proceedings")
                .date("familyGroupMeetingOn", today.minusDays(9))
                .date("preProceedingsReviewOn", today);
        form.complete();

        assertThat(form.refusalOf("familyGroupMeetingOn")).startsWith("Family group decision making meeting held on (")
                .contains("cannot be before the letter before proceedings (letterSentOn, " + today.minusDays(8) + ")");
        browser.screenshot("tasklist-review-pre-proceedings-refused");
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_ReviewPreProceedings").singleResult();
        assertThat(review).as("the refused review stays open").isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, "familyGroupMeetingOn")).as("and nothing of it recorded").isNull();
    }

    private void complete(String instance, String taskKey, Map<String, Object> answers) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId(), answers);
    }
}
