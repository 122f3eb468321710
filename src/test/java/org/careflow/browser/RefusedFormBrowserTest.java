package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A value only the server can judge (the date the child was seen, later than today: the form accepts
 * any date) is refused with 400 naming the field. Tasklist then shows the message at that field and
 * one plain notification, not its generic "An error happened", and the task stays open.
 */
@BrowserTest
class RefusedFormBrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aChildSeenNextWeekIsRefusedAtItsFieldInOnePlainSentenceAndTheTaskStaysOpen(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String caseReference = new Cases(engine).assessment("north", today.minusDays(1));
        Tasklist tasklist = Tasklist.open(browser).logIn("sw.north").showFilter("My team's tasks");

        // The date last: its calendar, once open, would take the clicks meant for the other fields.
        CamundaForm form = tasklist.claim("See the child · " + caseReference)
                .choose("seenAlone", "Yes")
                .type("childViews", "Likes her new school")
                .date("childSeenOn", today.plusDays(7));
        form.complete();

        assertThat(form.refusalOf("childSeenOn"))
                .isEqualTo("Date the child was seen is the date of an event that has happened, so it cannot be later than now");
        assertThat(form.focusedId()).endsWith("-Field_childSeenOn-date");
        List<String> notifications = browser.waitUntil(driver -> {
            List<String> shown = tasklist.notifications();
            return shown.stream().anyMatch(text -> text.startsWith("Not completed")) ? shown : null;
        });
        assertThat(notifications).singleElement().asString()
                .startsWith("Not completed: Date the child was seen is the date of an event that has happened")
                .doesNotContain("An error happened").doesNotContain("childSeenOn");
        browser.screenshot("tasklist-refused-form");

        Task seeChild = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_SeeChild").singleResult();
        assertThat(seeChild).as("the refused completion leaves the task open").isNotNull();
        assertThat(engine.getRuntimeService().getVariable(seeChild.getProcessInstanceId(), "childSeenOn"))
                .as("and nothing of it recorded").isNull();
    }
}
