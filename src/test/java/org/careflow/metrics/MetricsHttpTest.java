package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * /actuator over HTTP: health for anyone, Prometheus for the metrics readers' group only, and the
 * meters in the scrape. The engine's metrics are on here (the other tests switch them off), so that
 * the job executor's counters count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.metrics.enabled=true", "careflow.metrics.refresh-interval=1h"})
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
class MetricsHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    GaugeRefresh gauges;
    @LocalServerPort
    int port;

    EngineClock clock;

    @BeforeEach
    void clock() {
        clock = new EngineClock(engine.getManagementService());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void healthAnswersAnyoneWithOnlyUpOrDown() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void prometheusAsksForCredentialsAndRefusesWrongOnes() throws Exception {
        HttpResponse<String> anonymous = raw("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        // Prometheus (and curl) answer the challenge with the credentials configured for the scrape
        assertThat(anonymous.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(anonymous.body()).doesNotContain("careflow_");

        // not the administrator: Camunda locks a user out for a while after a wrong password
        ResponseEntity<String> wrong = http.withBasicAuth("sw.south", "not-the-password")
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nobody", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyOtherActuatorPathAsksForCredentials() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/metrics", "/actuator/env", "/actuator/beans"}) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // The raw path says health; the path endpoints are matched on says prometheus.
        for (String path : new String[] {"/actuator/health/..;/prometheus", "/actuator/health/%2e%2e/prometheus",
                "/actuator/health;/../prometheus"}) {
            HttpResponse<String> sneaked = raw(path);
            assertThat(sneaked.statusCode()).as(path).isNotEqualTo(200);
            assertThat(sneaked.body()).as(path).doesNotContain("careflow_");
        }
    }

    @Test
    void onlyTheMetricsReadersGroupReadsTheMetrics() {
        for (String user : new String[] {"sw.north", "tm.north", "hos"}) {
            assertThat(scrape(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }

        gauges.refresh();
        ResponseEntity<String> admin = scrape("demo");

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).contains(
                "careflow_steps_open{timescale=\"referral-decision\"}",
                "careflow_steps_overdue{timescale=\"referral-decision\"}",
                "careflow_escalation_lag_seconds_count",
                "careflow_escalation_lag_seconds_bucket{le=\"300.0\"}",
                "careflow_jobs_due ",
                "careflow_jobs_retries_exhausted ",
                "careflow_job_acquisition_attempts_total ",
                "careflow_jobs_acquired_total{result=\"failure\"}",
                "careflow_jobs_rejected_total ",
                "careflow_jobs_executed_total{result=\"success\"}",
                "careflow_jobs_locked_exclusive_total ");
    }

    @Test
    void jobCountersNeverGoBackWhenTheEngineWritesItsMetersToTheDatabase() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        double before = value(scrape("demo").getBody(), "careflow_jobs_executed_total{result=\"success\"}");
        clock.set(at("2026-12-24T17:00"));
        engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                Map.of("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
        clock.set(at("2026-12-30T10:00"));
        int fired = clock.fireDueJobs();
        gauges.refresh();

        String scrape = scrape("demo").getBody();
        assertThat(fired).isPositive();
        assertThat(value(scrape, "careflow_jobs_executed_total{result=\"success\"}")).isEqualTo(before + fired);
        assertThat(value(scrape, "careflow_steps_overdue{timescale=\"referral-decision\"}")).isEqualTo(1);
        assertThat(value(scrape, "careflow_escalation_lag_seconds_count")).isEqualTo(1);
        assertThat(value(scrape, "careflow_escalation_lag_seconds_sum")).isEqualTo(10 * 3600 + 1);

        configuration.getDbMetricsReporter().reportNow();

        assertThat(configuration.getMetricsRegistry().getDbMeterByName(Metrics.JOB_SUCCESSFUL).get())
                .as("the engine's own meter, cleared by its report").isZero();
        assertThat(engine.getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum())
                .as("written to the database").isEqualTo((long) (before + fired));
        assertThat(value(scrape("demo").getBody(), "careflow_jobs_executed_total{result=\"success\"}"))
                .isEqualTo(before + fired);
    }

    /** A request sent as written, unlike TestRestTemplate's: no path tidied, every header kept. */
    private HttpResponse<String> raw(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private ResponseEntity<String> scrape(String user) {
        return http.withBasicAuth(user, "demo").getForEntity("/actuator/prometheus", String.class);
    }

    /** The value of one series in Prometheus's text format. */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
