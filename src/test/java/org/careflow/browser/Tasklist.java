package org.careflow.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist as a person uses it: log in, pick a filter, open a task, claim it. */
final class Tasklist {

    private static final String PASSWORD = "demo";
    private static final By USERNAME_INPUT = By.cssSelector(".form-signin input[type=text]");
    private static final By PASSWORD_INPUT = By.cssSelector(".form-signin input[type=password]");
    private static final By LOG_IN = By.cssSelector(".form-signin button[type=submit]");
    /** The task list, loaded: Tasklist renders it anew each time a filter's tasks arrive. */
    private static final By LOADED_LIST = By.cssSelector("[cam-tasks] > div[ng-if]");
    private static final By TASK_NAMES = By.cssSelector("ol.tasks-list li.task h4 a");
    private static final By ACTIVE_FILTER = By.cssSelector(".task-filter.active h4 a");
    private static final By CLAIM = By.cssSelector("button.claim");
    /** CareFlow's logo: on the login page, in the header's logo element (Camunda) or on its brand link (Operaton). */
    private static final By LOGO = By.cssSelector(".login-logo, [cam-widget-header] .brand-logo, "
            + "[cam-widget-header] .navbar-brand.app-banner:not(:has(.brand-logo))");
    /** Camunda's own logo: an inline SVG in the same places. */
    private static final By CAMUNDA_LOGO = By.cssSelector(".login-logo svg, .brand-logo svg");
    private static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");
    private static final By OVERSIGHT_LINK = By.cssSelector("a.careflow-oversight-link");
    /** Set on the page by CareFlow's scripts/permissions.js once the engine has said what the user may do. */
    private static final By PERMISSIONS_CHECKED = By.cssSelector("body.careflow-permissions-checked");
    private static final By CREATE_TASK = By.cssSelector("[cam-widget-header] .create-task-action");
    private static final By APP_SWITCH_ENTRIES = By.cssSelector("[cam-widget-header] .app-switch li[ng-repeat]");
    private static final By DUE_DATE = By.cssSelector("[cam-tasklist-task-meta] .dates .due-date");
    private static final By FOLLOW_UP_DATE = By.cssSelector("[cam-tasklist-task-meta] .dates .followup-date");
    private static final By DATE_EDITOR = By.cssSelector("[cam-tasklist-task-meta] .dates [cam-widget-inline-field] .preview");
    private static final By RESET_DATE = By.cssSelector("[cam-tasklist-task-meta] .dates .reset-due-date, "
            + "[cam-tasklist-task-meta] .dates .reset-follow-up-date");

    private final Browser browser;

    private Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** Opens Tasklist, which asks for a login. */
    static Tasklist open(Browser browser) {
        browser.go("/camunda/app/tasklist/");
        browser.waitFor(USERNAME_INPUT);
        return new Tasklist(browser);
    }

    /** Tasklist once a sign-in elsewhere (the council's provider) has brought the browser back to it. */
    static Tasklist signedIn(Browser browser) {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(LOADED_LIST));
        return new Tasklist(browser);
    }

    /** Logs out with the account menu's "Sign out", and returns once Tasklist has let go of the user. */
    void logOut() {
        WebElement list = browser.find(LOADED_LIST);
        // the menu's entry, clicked as the menu would once opened
        browser.script("document.querySelector('li.logout a').click()");
        browser.waitUntil(ExpectedConditions.stalenessOf(list));
    }

    Tasklist logIn(String user) {
        // Tasklist can render its login form again as it finishes loading (its route and translations),
        // which empties what was typed, and the browser then refuses to submit an empty required field:
        // typed until the form shown holds it, as a person would type again.
        browser.waitUntil(driver -> {
            boolean userTyped = typedInto(driver.findElement(USERNAME_INPUT), user);
            boolean passwordTyped = typedInto(driver.findElement(PASSWORD_INPUT), PASSWORD);
            return userTyped && passwordTyped;
        });
        browser.find(LOG_IN).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(LOADED_LIST));
        return this;
    }

    /** Whether the input holds the text, typing it first where it does not. */
    private static boolean typedInto(WebElement input, String text) {
        if (!text.equals(input.getDomProperty("value"))) {
            input.clear();
            input.sendKeys(text);
        }
        return text.equals(input.getDomProperty("value"));
    }

    /** Shows a filter's tasks, and returns once the list shown is that filter's, not the one before. */
    Tasklist showFilter(String name) {
        if (browser.find(ACTIVE_FILTER).getText().startsWith(name)) {
            return this;
        }
        WebElement listBefore = browser.find(LOADED_LIST);
        browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.), \""
                + name + "\")]"));
        browser.waitUntil(ExpectedConditions.stalenessOf(listBefore));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(LOADED_LIST));
        return this;
    }

    /** The names in the list shown, read from one loaded list: a list being reloaded is waited for. */
    List<String> taskNames() {
        return browser.waitUntil(driver -> driver.findElement(LOADED_LIST).findElements(TASK_NAMES).stream()
                .map(WebElement::getText).toList());
    }

    /** Opens a task of the list shown and claims it for the user logged in. */
    CamundaForm claim(String taskName) {
        browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[normalize-space(.)=\"" + taskName + "\"]"));
        browser.waitFor(CLAIM).click();
        // The form is rendered again once the task is claimed, wiping anything typed before: wait for that.
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
        return CamundaForm.shown(browser);
    }

    /** Waits until the task has left the list, which Tasklist reloads once the engine has completed it. */
    void waitUntilGone(String taskName) {
        browser.waitUntil(driver -> !taskNames().contains(taskName));
    }

    /** Opens a task's view by its id, as a link to the task does. */
    Tasklist openTask(String taskId) {
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitFor(DUE_DATE);
        return this;
    }

    /** The notifications shown on the page, as they read on one line (without their close button's "×"). */
    List<String> notifications() {
        return browser.findAll(NOTIFICATIONS).stream().filter(WebElement::isDisplayed)
                .map(alert -> alert.getText().replace("×", "").replaceAll("\\s+", " ").trim()).toList();
    }

    /** Whether the header offers "Create task", once CareFlow has asked the engine whether the user may. */
    boolean offersCreateTask() {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(PERMISSIONS_CHECKED));
        return browser.findAll(CREATE_TASK).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The other web apps the header's app switcher offers. */
    List<String> otherApps() {
        return browser.findAll(APP_SWITCH_ENTRIES).stream().map(entry -> entry.getAttribute("textContent").trim()).toList();
    }

    /** The due and follow-up dates of the task shown, as they read. */
    String dates() {
        return browser.find(FOLLOW_UP_DATE).getText() + " / " + browser.find(DUE_DATE).getText();
    }

    /** Clicks the task's due date, as someone who wants to change it does: true if an editor opened. */
    boolean dueDateOpensAnEditor() {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(PERMISSIONS_CHECKED));
        browser.find(DUE_DATE).click();
        return !browser.findAll(DATE_EDITOR).isEmpty();
    }

    boolean offersToResetDates() {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(PERMISSIONS_CHECKED));
        return browser.findAll(RESET_DATE).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The logo's image, which CareFlow's stylesheet sets, on the login page or in the header. */
    String logoImage() {
        return browser.waitFor(LOGO).getCssValue("background-image");
    }

    boolean showsCamundaLogo() {
        return browser.findAll(CAMUNDA_LOGO).stream().anyMatch(WebElement::isDisplayed);
    }

    String brandName() {
        return browser.find(By.cssSelector("[cam-widget-header] .brand-name")).getText();
    }

    WebElement oversightLink() {
        return browser.waitFor(OVERSIGHT_LINK);
    }
}
