package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An independent reviewing officer chairs a looked-after child's review in Tasklist: the task is the
 * IRO group's, whichever team holds the case; its form asks whether the child was consulted and how
 * they took part, in the SSDA903's codes; the next review is then due 3 months from the one held.
 */
@BrowserTest
class LookedAfterReviewBrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void anIroChairsTheFirstReviewAndTheSecondFallsDueThreeMonthsAfterIt(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("lookedAfter", caseReference, Variables
                .putValue("team", "south").putValue("lookedAfterOn", today.minusDays(10).toString()).putValue("legalStatus", "C1")
                .putValue("categoryOfNeed", "N1").putValue("placementType", "U6").putValue("placementProvider", "PR1")
                .putValue("childName", "Mia")).getId();

        Tasklist tasklist = Tasklist.open(browser).logIn("iro").showFilter("My team's tasks");
        CamundaForm form = tasklist.claim("Chair the looked-after review · " + caseReference)
                .choose("childConsulted", "Yes")
                .choose("childIsAMother", "No")
                .select("reviewParticipation", "Attended and spoke for themselves")
                .type("childViews", "Wants to see her brother more often")
                .type("reviewDecisions", "Contact with her brother every week")
                .date("lacReviewOn", today);
        browser.screenshot("iro-looked-after-review");
        form.complete();

        browser.waitUntil(driver -> engine.getRuntimeService().getVariable(instance, "lastReviewOn") != null ? true : null);
        assertThat(engine.getRuntimeService().getVariable(instance, "lacReviewTimescale")).isEqualTo("lac-review-2");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_HoldLookedAfterReview")
                .singleResult().getDueDate()).isEqualTo(London.endOf(today.plusMonths(3).toString()));
    }
}
