package org.careflow.metrics;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The probes a load balancer or Kubernetes reads, without credentials and saying only UP or DOWN (as
 * {@code /actuator/health} does: Spring's own probe groups would list themselves there): {@code /livez},
 * alive while the application is not broken; {@code /readyz}, ready to take work while it accepts
 * traffic, its database answers, its engine is up and its job executor runs, so that a node whose job
 * executor stopped is taken out of rotation rather than restarted. A node configured without a job
 * executor ({@code camunda.bpm.job-execution.enabled: false}) is ready without one.
 */
@RestController
class Probes {

    /** The health contributors of readiness: Spring Boot's database check and Camunda's engine and job executor. */
    static final List<String> READINESS = List.of("db", "processEngine", "jobExecutor");

    private static final Map<String, String> UP = Map.of("status", Status.UP.getCode());
    private static final Map<String, String> DOWN = Map.of("status", Status.DOWN.getCode());

    private final ApplicationAvailability availability;
    private final HealthContributorRegistry contributors;

    Probes(ApplicationAvailability availability, HealthContributorRegistry contributors) {
        this.availability = availability;
        this.contributors = contributors;
    }

    @GetMapping("/livez")
    ResponseEntity<Map<String, String>> liveness() {
        return answer(availability.getLivenessState() == LivenessState.CORRECT);
    }

    @GetMapping("/readyz")
    ResponseEntity<Map<String, String>> readiness() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                && READINESS.stream().map(contributors::getContributor).filter(HealthIndicator.class::isInstance)
                .map(contributor -> ((HealthIndicator) contributor).health().getStatus()).allMatch(Status.UP::equals);
        return answer(ready);
    }

    private static ResponseEntity<Map<String, String>> answer(boolean up) {
        return up ? ResponseEntity.ok(UP) : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(DOWN);
    }
}
