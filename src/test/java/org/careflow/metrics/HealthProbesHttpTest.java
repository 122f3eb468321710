package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The probes a load balancer or Kubernetes reads, without credentials and saying only UP or DOWN:
 * alive while the node answers; ready while its database answers and its job executor runs, so a
 * node whose job executor stopped is taken out of rotation, not restarted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext
class HealthProbesHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @Test
    void readyWhileTheJobExecutorRunsAliveEitherWay() {
        assertThat(probe("liveness")).isEqualTo("200 {\"status\":\"UP\"}");
        assertThat(probe("readiness")).isEqualTo("200 {\"status\":\"UP\"}");

        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.shutdown();
        try {
            assertThat(probe("readiness")).isEqualTo("503 {\"status\":\"DOWN\"}");
            assertThat(probe("liveness")).isEqualTo("200 {\"status\":\"UP\"}");
            // the whole node's health says as little as ever
            assertThat(http.getForEntity("/actuator/health", String.class).getBody()).isIn("{\"status\":\"UP\"}", "{\"status\":\"DOWN\"}");
        } finally {
            jobExecutor.start();
        }
        assertThat(probe("readiness")).isEqualTo("200 {\"status\":\"UP\"}");
    }

    private String probe(String group) {
        ResponseEntity<String> answer = http.getForEntity(group.equals("liveness") ? "/livez" : "/readyz", String.class);
        return answer.getStatusCode().value() + " " + answer.getBody();
    }
}
