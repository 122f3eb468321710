package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe against the oversight page as a team manager sees it. What it finds is written to
 * target/accessibility/oversight.txt and printed, not failed on: the page is being changed elsewhere,
 * and this says what is left to fix there.
 */
@BrowserTest
class OversightAccessibilityBrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theOversightPageIsCheckedAgainstWcag22Aa(Browser browser) throws IOException {
        Cases cases = new Cases(engine);
        cases.referral("north", "2025-01-06");
        cases.escalateWhatIsOverdue();
        Tasklist.open(browser).logIn("tm.north");
        browser.go("/oversight/");
        OversightPage.loaded(browser);
        browser.waitUntil(driver -> !browser.findAll(org.openqa.selenium.By.cssSelector("#caseloads tbody tr")).isEmpty());

        List<Accessibility.Violation> violations = Accessibility.violations(browser);

        Path report = Path.of("target", "accessibility", "oversight.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, violations.isEmpty() ? "no violations\n" : Accessibility.describe(violations) + "\n");
        System.out.println("axe on /oversight/: " + (violations.isEmpty() ? "no violations" : "\n" + Accessibility.describe(violations)));
        assertThat(violations).isNotNull();
    }
}
