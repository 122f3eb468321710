package org.careflow.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** CareFlow's oversight view at /oversight/, read through the login of the web apps. */
final class OversightPage {

    private static final By HEADINGS = By.cssSelector("#overdue-steps thead th");
    private static final By ROWS = By.cssSelector("#overdue-steps tbody tr[data-case-reference]");
    private static final By MESSAGE = By.id("message");
    private static final By REALLOCATION_MESSAGE = By.id("reallocate-message");
    private static final By FIRST_STEP_ROW = By.cssSelector("#overdue-steps tbody tr");

    private final Browser browser;

    private OversightPage(Browser browser) {
        this.browser = browser;
    }

    /** The page once it has heard from the API: its steps shown, or a message why not. */
    static OversightPage loaded(Browser browser) {
        browser.waitUntil(driver -> browser.find(By.id("steps-section")).isDisplayed() || !message(browser).isBlank());
        return new OversightPage(browser);
    }

    List<String> caseReferences() {
        return browser.findAll(ROWS).stream().map(row -> row.getAttribute("data-case-reference")).toList();
    }

    /** A case's row, each cell under its column's heading. */
    Map<String, String> row(String caseReference) {
        List<WebElement> cells = browser.find(By.cssSelector("#overdue-steps tr[data-case-reference=\"" + caseReference + "\"]"))
                .findElements(By.tagName("td"));
        List<WebElement> headings = browser.findAll(HEADINGS);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            row.put(headings.get(i).getText(), cells.get(i).getText());
        }
        return row;
    }

    /**
     * Reallocates a case with the page's form and returns once the page has shown the outcome and
     * then reloaded its tables (which is what used to wipe the outcome).
     */
    OversightPage reallocate(String caseReference, String worker, String reason) {
        WebElement rowBefore = browser.find(FIRST_STEP_ROW);
        fill("reallocate-case", caseReference);
        fill("reallocate-worker", worker);
        fill("reallocate-reason", reason);
        browser.find(By.cssSelector("#reallocate button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(rowBefore));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(FIRST_STEP_ROW));
        return this;
    }

    /** What the last reallocation did or why it was refused, as the status region shows it. */
    String reallocationMessage() {
        WebElement message = browser.find(REALLOCATION_MESSAGE);
        return message.isDisplayed() ? message.getText() : "";
    }

    /** Whether the form marks an input (id without the "reallocate-" prefix) as the one refused. */
    boolean marksRefused(String input) {
        return "true".equals(browser.find(By.id("reallocate-" + input)).getAttribute("aria-invalid"));
    }

    /** The counts by team at the top: each team's name and its overdue count. */
    Map<String, String> countsByTeam() {
        Map<String, String> counts = new LinkedHashMap<>();
        for (WebElement row : browser.findAll(By.cssSelector("#counts-by-team tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            counts.put(cells.get(0).getText(), cells.get(1).getText());
        }
        return counts;
    }

    /** The changes of social worker by child, once shown: each child's row, each cell under its column's heading. */
    List<Map<String, String>> workerChanges() {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#worker-changes tbody tr")));
        List<WebElement> headings = browser.findAll(By.cssSelector("#worker-changes thead th"));
        return browser.findAll(By.cssSelector("#worker-changes tbody tr[data-child-id]")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            Map<String, String> cellsByHeading = new LinkedHashMap<>();
            for (int i = 0; i < headings.size(); i++) {
                cellsByHeading.put(headings.get(i).getText(), cells.get(i).getText());
            }
            return cellsByHeading;
        }).toList();
    }

    /** The changes of social worker by team: each team's name and its row. */
    Map<String, List<String>> workerChangesByTeam() {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (WebElement row : browser.findAll(By.cssSelector("#worker-changes-by-team tbody tr"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            teams.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return teams;
    }

    /** Chooses an option of a picker by the name it shows, and waits for the steps it selects. */
    OversightPage choose(String picker, String name) {
        WebElement rowBefore = browser.find(FIRST_STEP_ROW);
        new Select(browser.find(By.id(picker))).selectByVisibleText(name);
        browser.find(By.cssSelector("#filters button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(rowBefore));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(FIRST_STEP_ROW));
        return this;
    }

    /** Follows the row's link to its task in Tasklist. */
    void openTaskOf(String caseReference) {
        browser.find(By.cssSelector("#overdue-steps tr[data-case-reference=\"" + caseReference + "\"] a")).click();
    }

    boolean showsCockpitLink() {
        return browser.find(By.id("cockpit-link")).isDisplayed();
    }

    private void fill(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    String message() {
        return message(browser);
    }

    private static String message(Browser browser) {
        return browser.find(MESSAGE).getText();
    }
}
