package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A social worker chooses, from Tasklist's header, a daily digest instead of a mail per escalation,
 * and finds the choice kept when they come back; the page passes axe's WCAG 2.2 AA rules.
 */
@BrowserTest
class NotificationsBrowserTest {

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
