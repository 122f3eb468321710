package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Steps counted by timescale and the lag of escalations, on the real engine, once per database: the
 * counts are SQL of CareFlow's own. A context of its own, so that no other test's cases are counted,
 * and no scheduled refresh runs while a test counts.
 */
@SpringBootTest(properties = "careflow.metrics.refresh-interval=1h")
@ActiveProfiles("test")
@DirtiesContext
abstract class StepMetersContract {

    @Autowired
    ProcessEngine engine;
    @Autowired
    GaugeRefresh gauges;
    @Autowired
    MeterRegistry registry;

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
    void overdueReferralDecisionsAreCountedAndTheLagOfTheirEscalationsRecorded() {
        clock.set(at("2026-12-24T17:00"));
        startReferral("2026-12-24T16:00:00Z");
        startReferral("2026-12-24T16:00:00Z");
        gauges.refresh();
        assertThat(open("referral-decision")).isEqualTo(2);
        assertThat(overdue("referral-decision")).isZero();
        assertThat(open("assessment")).as("a timescale of the models with nothing open reads 0").isZero();

        // due Tue 29 Dec 23:59:59; the timers fire at midnight, the job executor here at 10:00
        clock.setAndFire(at("2026-12-30T10:00"));
        startReferral("2026-12-30T09:00:00Z");
        gauges.refresh();

        assertThat(open("referral-decision")).isEqualTo(3);
        assertThat(overdue("referral-decision")).isEqualTo(2);
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("escalation").count())
                .as("the escalations' own tasks").isEqualTo(2);
        assertThat(registry.find("careflow.steps.open").gauges())
                .as("escalations are not steps").extracting(gauge -> gauge.getId().getTag("timescale"))
                .doesNotContain("escalation-to-head-of-service");
        Timer lag = registry.get("careflow.escalation.lag").timer();
        assertThat(lag.count()).isEqualTo(2);
        assertThat(lag.max(TimeUnit.SECONDS)).isEqualTo(10 * 3600 + 1);
        assertThat(lag.totalTime(TimeUnit.SECONDS)).isEqualTo(2 * (10 * 3600 + 1));
    }

    @Test
    void aStepWhoseTimescaleTheCaseHoldsIsCountedByItsValueAndAChainByBothNames() {
        // later than the other test's deadlines, and nothing here falls due: no escalation is recorded
        clock.set(at("2027-06-01T10:00"));
        startPlan(null);
        startPlan("cp-visit-weekly");
        gauges.refresh();

        assertThat(open("cp-visit")).isEqualTo(1);
        assertThat(open("cp-visit-weekly")).isEqualTo(1);
        assertThat(open("core-group/core-group-later")).isEqualTo(2);
        assertThat(open("first-review/next-review")).isEqualTo(2);
        assertThat(overdue("cp-visit")).isZero();
    }

    private double open(String timescale) {
        return gauge("careflow.steps.open", timescale).value();
    }

    private double overdue(String timescale) {
        return gauge("careflow.steps.overdue", timescale).value();
    }

    private Gauge gauge(String name, String timescale) {
        return registry.get(name).tag("timescale", timescale).gauge();
    }

    private void startReferral(String receivedAt) {
        engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                Map.of("team", "north", "referralReceivedAt", receivedAt));
    }

    private ProcessInstance startPlan(String visitTimescale) {
        Map<String, Object> variables = new HashMap<>(Map.of("team", "north", "initialConferenceOn", "2027-05-31"));
        if (visitTimescale != null) {
            variables.put("visitTimescale", visitTimescale);
        }
        return engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(), variables);
    }
}
