package org.careflow.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** CareFlow's oversight view at /oversight/, read through the login of the web apps. */
final class OversightPage {

    private static final By HEADINGS = By.cssSelector("#overdue-steps thead th");
    private static final By ROWS = By.cssSelector("#overdue-steps tbody tr[data-case-reference]");
    private static final By MESSAGE = By.id("message");

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

    String message() {
        return message(browser);
    }

    private static String message(Browser browser) {
        return browser.find(MESSAGE).getText();
    }
}
