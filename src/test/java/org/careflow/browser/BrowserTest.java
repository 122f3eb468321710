package org.careflow.browser;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of what a person sees in a real browser: CareFlow on a random port with the test profile
 * (job executor off: the test fires due jobs itself), a {@link Browser} for each test method that
 * asks for one, and the class disabled, saying why, where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = RANDOM_PORT, properties =
        // Selenium warns that it has no DevTools bindings for this Chromium's version; none are needed
        // (the one DevTools command, the locale, goes through chromedriver).
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error")
@ActiveProfiles("test")
// The web apps and the REST API find their engine in Camunda's static registry, which the last
// context started owns: a context of its own for each class, closed after it.
@DirtiesContext
@ExtendWith({ChromiumInstalled.class, BrowserExtension.class})
@interface BrowserTest {
}
