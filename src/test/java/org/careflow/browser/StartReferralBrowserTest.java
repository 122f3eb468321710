package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.careflow.support.London;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A social worker starts a referral from Tasklist's start form (issue 2: received Wed 24 Dec 2025 16:00). */
@BrowserTest
class StartReferralBrowserTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void initialiseAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aReferralStartedInTasklistIsDueOnTheNextWorkingDayAfterChristmas(Browser browser) {
        String caseReference = "CF-" + UUID.randomUUID().toString().substring(0, 8);
        Tasklist.open(browser).logIn("sw.north");

        browser.click(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
        // Tasklist draws the list of processes as it loads them, and a click on a drawing it then replaces
        // is lost (seen on a busy machine): click the process until its start form is shown.
        By referralLink = By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Referral']");
        By startForm = By.cssSelector(".modal .fjs-form");
        browser.waitUntil(driver -> {
            if (!driver.findElements(startForm).isEmpty()) {
                return true;
            }
            driver.findElements(referralLink).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return false;
        });
        browser.screenshot("start-referral-1-dialog");
        CamundaForm form = CamundaForm.shownInDialog(browser)
                .type("caseReference", caseReference)
                .select("team", "North")
                .date("referralReceivedAt", LocalDate.of(2025, 12, 24))
                .time("referralReceivedAt", "16:00")
                .type("childName", "A")
                .select("childSex", "Female")
                .select("childEthnicity", "White British")
                .type("childDisabilities", "NONE")
                .select("childUpnUnknown", "Child has never attended a state-funded school in England")
                .type("referrerName", "Class teacher")
                .select("referralSource", "Schools")
                .type("concerns", "Bruising on her arm");
        browser.screenshot("start-referral-2-form");
        form.start();
        browser.waitUntil(driver -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).count() == 1);
        browser.screenshot("start-referral-3-started");

        ProcessInstance referral = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).singleResult();
        assertThat(referral).isWaitingAt("Task_DecideOnReferral");
        assertThat(task("Task_DecideOnReferral", referral).getDueDate()).isEqualTo(London.endOf("2025-12-29"));
        // the child and the referral in the census' codes, as the form offered them from codes/codes.yaml
        assertThat(engine.getRuntimeService().getVariables(referral.getId())).containsEntry("childSex", "F")
                .containsEntry("childEthnicity", "WBRI").containsEntry("childDisabilities", "NONE")
                .containsEntry("childUpnUnknown", "UN2").containsEntry("referralSource", "2A")
                .containsEntry("childId", caseReference.replace("-", ""));
    }
}
