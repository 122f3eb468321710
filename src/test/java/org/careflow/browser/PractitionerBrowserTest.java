package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.careflow.support.London;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A social worker of the North team decides a referral in Tasklist. */
@BrowserTest
class PractitionerBrowserTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void initialiseAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void decidesAReferralWhichThenWaitsForTheTeamManagersAgreement(Browser browser) {
        String caseReference = referralReceivedToday();
        String decision = "Decide on referral · " + caseReference;
        Tasklist tasklist = Tasklist.open(browser);
        browser.screenshot("practitioner-1-login");
        tasklist.logIn("sw.north").showFilter("My team's tasks");

        assertThat(tasklist.taskNames()).contains(decision);
        browser.screenshot("practitioner-2-task-list");

        CamundaForm form = tasklist.claim(decision)
                .select("decision", "Child and Family assessment")
                .type("decisionReasons", "Bruising seen at school needs a Child and Family assessment")
                .choose("referrerInformed", "Yes");
        browser.screenshot("practitioner-3-form");
        form.complete();
        tasklist.waitUntilGone(decision);
        browser.screenshot("practitioner-4-completed");

        assertThat(referral(caseReference)).isWaitingAt("Task_AgreeReferralDecision").variables()
                .containsEntry("decision", "assessment")
                .containsEntry("decisionReasons", "Bruising seen at school needs a Child and Family assessment")
                .containsEntry("referrerInformed", "yes");
    }

    @Test
    void aDecisionWithoutReasonsDoesNotComplete(Browser browser) {
        String caseReference = referralReceivedToday();
        String decision = "Decide on referral · " + caseReference;
        Tasklist tasklist = Tasklist.open(browser).logIn("sw.north").showFilter("My team's tasks");
        CamundaForm form = tasklist.claim(decision)
                .select("decision", "Child and Family assessment")
                .choose("referrerInformed", "Yes");

        form.complete();

        assertThat(form.errorOf("decisionReasons")).isEqualTo("Field is required.");
        assertThat(form.canComplete()).isFalse();
        browser.screenshot("practitioner-5-incomplete-form");
        assertThat(referral(caseReference)).isWaitingAt("Task_DecideOnReferral").variables().doesNotContainKey("decision");
        assertThat(tasklist.taskNames()).contains(decision);
    }

    @Test
    void tasklistPresentsItselfAsCareFlowWithoutTheMigrationBanner(Browser browser) {
        Tasklist tasklist = Tasklist.open(browser);

        assertThat(browser.title()).isEqualTo("CareFlow Tasklist");
        assertThat(tasklist.logoImage()).contains("careflow-wordmark.svg");
        assertThat(tasklist.showsCamundaLogo()).isFalse();
        assertThat(browser.visibleText()).doesNotContain("Camunda 8");

        tasklist.logIn("sw.north");

        assertThat(tasklist.brandName()).isEqualTo("CareFlow Tasklist");
        assertThat(tasklist.logoImage()).contains("careflow-mark.svg");
        assertThat(tasklist.showsCamundaLogo()).isFalse();
        assertThat(browser.visibleText()).doesNotContain("Camunda 8");
        assertThat(tasklist.oversightLink().getAttribute("href")).endsWith("/oversight/");
        browser.screenshot("branding-tasklist");
    }

    String referralReceivedToday() {
        return new Cases(engine).referral("north", LocalDate.now(London.ZONE).toString());
    }

    ProcessInstance referral(String caseReference) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("referral").processInstanceBusinessKey(caseReference).singleResult();
    }

    /** From Tasklist's header, a daily digest instead of a mail per escalation; the page passes axe's WCAG 2.2 AA rules. */
    @Test
    void aWorkerChoosesADailyDigestFromTasklistAndTheChoiceIsKept(Browser browser) {
        Tasklist.open(browser).logIn("sw.north");
        browser.click(By.cssSelector("a.careflow-notifications-link"));

        browser.waitFor(By.id("notifications"));
        assertThat(browser.find(By.id("preference-each")).isSelected()).isTrue();
        assertThat(Accessibility.violations(browser)).isEmpty();

        browser.click(By.cssSelector("label[for=preference-digest]"));
        browser.click(By.cssSelector("#notifications button[type=submit]"));
        browser.waitUntil(driver -> browser.find(By.id("message")).getText().startsWith("Saved") ? true : null);
        assertThat(browser.find(By.id("message")).getText()).isEqualTo("Saved: one digest each working morning.");
        browser.screenshot("notifications-digest-chosen");

        browser.go("/oversight/notifications.html");
        browser.waitFor(By.id("notifications"));
        assertThat(browser.find(By.id("preference-digest")).isSelected()).isTrue();
    }
}
