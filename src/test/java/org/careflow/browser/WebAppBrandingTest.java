package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Camunda web app is served CareFlow's config.js and user-styles.css, not Camunda's own: the
 * starter serves them from the classpath, where CareFlow's come first. Runs without a browser; the
 * browser tests show the result in Tasklist.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WebAppBrandingTest {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebAppIsServedCareFlowsConfigurationAndStyles(String app) {
        ResponseEntity<String> config = http.getForEntity("/camunda/app/{app}/scripts/config.js", String.class, app);
        ResponseEntity<String> styles = http.getForEntity("/camunda/app/{app}/styles/user-styles.css", String.class, app);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("vendor: 'CareFlow'");
        assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(styles.getBody()).contains("@import url(\"../../careflow/branding.css\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/app/careflow/branding.css", "/camunda/app/careflow/careflow-mark.svg",
            "/camunda/app/careflow/careflow-wordmark.svg", "/camunda/app/tasklist/scripts/oversight-link.js"})
    void whatTheyReferToIsServedToo(String path) {
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
