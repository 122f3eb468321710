package org.careflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both named explicitly, so Selenium
 * Manager never runs (it would download a browser). Each browser has a profile of its own, so no
 * login or stored form state leaks from one test into the next.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int SHOWN_IN_A_FAILURE = 600;

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(String baseUrl, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
    }

    static Browser at(String baseUrl) {
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Practitioners work in England: form-js writes and reads dates in the browser's locale (dd/mm/yyyy
        // here), and headless Chromium ignores --lang, so the locale is set through the DevTools protocol.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-GB"));
        return new Browser(baseUrl, profile, driver);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Clicks an element, looking it up again should Tasklist re-render it meanwhile (it refreshes every 10 s). */
    void click(By by) {
        waitUntil(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Waits until the element is shown: the web apps render after the page has loaded. */
    WebElement waitFor(By by) {
        return waitUntil(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    /**
     * Waits until the condition gives a value; elements re-rendered meanwhile are looked up again. A wait that
     * times out says where the browser was and what it showed, which is all a CI log keeps of a page.
     */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .withMessage(this::whatIsShown).until(condition);
    }

    private String whatIsShown() {
        try {
            String text = visibleText().replaceAll("\\s+", " ").trim();
            return "at " + driver.getCurrentUrl() + ", showing: "
                    + (text.length() > SHOWN_IN_A_FAILURE ? text.substring(0, SHOWN_IN_A_FAILURE) + "…" : text);
        } catch (RuntimeException e) {
            return "the page could not be read: " + e.getMessage();
        }
    }

    /** Runs a script in the page (WebDriver's scripts are not held to the page's content security policy). */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs a script that calls back (its last argument) when it is done, waiting up to a minute. */
    Object asyncScript(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
        return driver.executeAsyncScript(script, arguments);
    }

    /** The browser window's size: a taller one makes a screenshot of more of a long page. */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** A screenshot kept where the manuals show it (docs/screenshots/...), not only under target/. */
    void screenshotTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the page as it prints (the print stylesheet), after telling it that it is about to be printed. */
    void asPrinted() {
        driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    String title() {
        return driver.getTitle();
    }

    /** The text a person can see on the page (hidden elements give none). */
    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("careflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
