package org.careflow.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form (form-js) in Tasklist's task view. CareFlow's forms give each field the id
 * {@code Field_<key>}, and form-js ends the input's HTML id with it.
 */
final class CamundaForm {

    /** How form-js shows dates in an English browser, and how a practitioner types them. */
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    private static final By EDITABLE_FORM = By.cssSelector(".fjs-form");
    private static final By DISABLED_FORM = By.cssSelector(".disabled-form");

    private final Browser browser;

    private CamundaForm(Browser browser) {
        this.browser = browser;
    }

    static CamundaForm shown(Browser browser) {
        browser.waitFor(EDITABLE_FORM);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(DISABLED_FORM));
        return new CamundaForm(browser);
    }

    /** A start form, in Tasklist's start dialog. */
    static CamundaForm shownInDialog(Browser browser) {
        browser.waitFor(By.cssSelector(".modal " + EDITABLE_FORM.toString().replace("By.cssSelector: ", "")));
        return new CamundaForm(browser);
    }

    CamundaForm type(String key, String text) {
        field(key).sendKeys(text);
        return this;
    }

    /** Picks an option of a select field by its label, as a person does: open the list, click the option. */
    CamundaForm select(String key, String label) {
        field(key + "-display").click();
        browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=\"" + label + "\"]")).click();
        return this;
    }

    /**
     * Picks a radio option by its label. Camunda's form-js wraps each option's input in its label;
     * the newer form-js of Operaton's Tasklist puts the label after the input, for it.
     */
    CamundaForm choose(String key, String label) {
        String option = "@type='radio' and contains(@id,'-Field_" + key + "-')";
        browser.find(By.xpath("//label[input[" + option + "] or contains(@for,'-Field_" + key + "-')][normalize-space(.)=\""
                + label + "\"]")).click();
        return this;
    }

    /** Types a date as a practitioner in England does, then leaves the field: form-js reads a typed date on leaving. */
    CamundaForm date(String key, LocalDate date) {
        WebElement input = field(key + "-date");
        input.sendKeys(ENGLISH_DATE.format(date));
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Types a time of day (24-hour) into a date-time field's time part, then leaves it. */
    CamundaForm time(String key, String time) {
        WebElement input = field(key + "-time");
        input.sendKeys(time);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Starts the process of a start form. */
    void start() {
        browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));
    }

    void complete() {
        browser.find(COMPLETE).click();
    }

    boolean canComplete() {
        return browser.find(COMPLETE).isEnabled();
    }

    /** The message form-js shows under a field it refuses. */
    String errorOf(String key) {
        return browser.waitFor(By.cssSelector("[id$='-Field_" + key + "-error-message']")).getText();
    }

    /** The message CareFlow's scripts/refused-form.js shows under a field whose value the server refused. */
    String refusalOf(String key) {
        return browser.waitFor(By.cssSelector("[id*='-Field_" + key + "'][id$='-refusal'][role=alert]")).getText();
    }

    /** The HTML id of the element that has the keyboard focus. */
    String focusedId() {
        return browser.focused().getAttribute("id");
    }

    private WebElement field(String id) {
        return browser.waitFor(By.cssSelector("[id$='-Field_" + id + "']"));
    }
}
