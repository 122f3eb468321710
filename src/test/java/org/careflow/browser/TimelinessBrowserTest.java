package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.careflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The timeliness page as a team manager and a head of service read it, checked with axe against WCAG 2.2 AA. */
@BrowserTest
class TimelinessBrowserTest {

    static final String PAGE = "/oversight/timeliness?from=2026-01-01&to=2026-11-30";
    static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingDayCalendar calendar;

    static boolean history;

    @BeforeEach
    void aYearOfHistory() {
        if (!history) {
            new TimelinessHistory(engine, calendar).run();
            history = true;
        }
    }

    @Test
    void aTeamManagerReadsTheirTeamsTimelinessBesideTheNationalFigures(Browser browser) {
        open(browser, "tm.north");

        assertThat(teamOptions(browser)).containsExactly("All my teams", "north");
        assertThat(summary(browser, "assessment-kpi")).contains("85.7% within 45 working days");
        assertThat(summary(browser, "icpc-dfe")).contains("81.4%");
        assertThat(summary(browser, "referral-decision")).startsWith("Referral decisions within 1 working day 22 ");
        assertThat(browser.visibleText()).contains("day 0").contains("measured here from the strategy discussion")
                .doesNotContain("south");
        assertThat(browser.findAll(By.cssSelector(".chart svg"))).hasSizeGreaterThanOrEqualTo(9);
        assertThat(browser.find(By.id("csv-link")).getAttribute("href"))
                .endsWith("/api/timeliness.csv?from=2026-01-01&to=2026-11-30");

        browser.windowSize(1400, 2200);
        browser.screenshotTo(SCREENSHOTS.resolve("timeliness-team-manager.png"));
        List<Accessibility.Violation> violations = Accessibility.violations(browser);
        assertThat(violations).as(Accessibility.describe(violations)).isEmpty();

        // printed: no form or navigation, every month's table shown with its chart
        browser.asPrinted();
        assertThat(browser.find(By.id("period")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("months-assessment-kpi")).isDisplayed()).isTrue();
        browser.screenshot("timeliness-printed");
    }

    @Test
    void aHeadOfServiceReadsEveryTeamAndCanNarrowItToOne(Browser browser) {
        open(browser, "hos");

        assertThat(teamOptions(browser)).containsExactly("All my teams", "north", "south");
        assertThat(summary(browser, "referral-decision")).startsWith("Referral decisions within 1 working day 44 ");
        browser.windowSize(1400, 2200);
        browser.screenshotTo(SCREENSHOTS.resolve("timeliness-head-of-service.png"));
        List<Accessibility.Violation> violations = Accessibility.violations(browser);
        assertThat(violations).as(Accessibility.describe(violations)).isEmpty();

        // keyboard only: the team, then Show
        WebElement team = browser.find(By.id("team"));
        team.sendKeys("south");
        WebElement before = browser.find(By.cssSelector("#summary tbody tr"));
        browser.find(By.cssSelector("#period button[type=submit]")).sendKeys(Keys.ENTER);
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        browser.waitUntil(d -> browser.find(By.id("period-said")).getText().contains("team south"));
        assertThat(summary(browser, "referral-decision")).startsWith("Referral decisions within 1 working day 22 ");
    }

    @Test
    void aBadPeriodIsSaidAndItsFieldMarked(Browser browser) {
        Tasklist.open(browser).logIn("tm.north");
        browser.go("/oversight/timeliness?from=2026-11-30&to=2026-01-01");

        browser.waitUntil(d -> browser.find(By.id("message")).getText().contains("must not be before"));
        assertThat(browser.find(By.id("to")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("to");
    }

    @Test
    void aPractitionerIsToldItIsNotForThem(Browser browser) {
        Tasklist.open(browser).logIn("sw.north");
        browser.go(PAGE);

        browser.waitUntil(d -> browser.find(By.id("message")).getText().contains("you manage no team"));
        assertThat(browser.find(By.id("summary-section")).isDisplayed()).isFalse();
    }

    private static void open(Browser browser, String user) {
        Tasklist.open(browser).logIn(user);
        browser.go(PAGE);
        browser.waitFor(By.cssSelector("body.timeliness-loaded #summary tbody tr"));
    }

    private static List<String> teamOptions(Browser browser) {
        return browser.findAll(By.cssSelector("#team option")).stream().map(WebElement::getText).toList();
    }

    private static String summary(Browser browser, String measure) {
        return browser.find(By.cssSelector("#summary tr[data-measure=\"" + measure + "\"]")).getText();
    }
}
