package org.careflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.steps.StepsInForce;
import org.careflow.support.EngineClock;
import org.careflow.support.TheLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A case's managers, or a head of service, move it to another worker of its team; the move is kept with who, when and why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
class CaseAllocationHttpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepsInForce steps;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;
    String northCase;

    @BeforeEach
    void aNorthReferral() {
        clock = new EngineClock(engine.getManagementService());
        clock.set(at("2026-12-24T17:00"));
        northCase = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", northCase,
                Variables.putValue("team", "north").putValue("referralReceivedAt", "2026-12-24T16:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aManagerReallocatesACaseWithinTheTeamAndTheChangeIsRecorded() {
        String newWorker = northWorker();

        ResponseEntity<Map> moved = post("tm.north", Map.of("worker", newWorker, "reason", "Sam is on leave"));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody()).containsEntry("tasksMoved", 1);
        assertThat(assignee()).isEqualTo(newWorker);
        ProcessInstance referral = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(northCase).singleResult();
        assertThat(engine.getRuntimeService().getVariable(referral.getId(), CaseVariables.ALLOCATED_WORKER)).isEqualTo(newWorker);
        assertThat(engine.getTaskService().getProcessInstanceComments(referral.getId()))
                .anySatisfy(comment -> assertThat(comment.getFullMessage()).contains(newWorker, "tm.north", "on leave"));
        assertThat(new TheLedger(engine, jdbc, steps).agreesWithTheEngineFor(northCase)).isPositive();
    }

    @Test
    void aHeadOfServiceReallocatesToo() {
        String newWorker = northWorker();

        assertThat(post("hos", Map.of("worker", newWorker, "reason", "Cover")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assignee()).isEqualTo(newWorker);
    }

    @Test
    void aCaseMovesOnlyToAWorkerOfItsTeamByItsManager() {
        assertThat(post("tm.north", Map.of("worker", "sw.south", "reason", "x")).getBody()).containsEntry("field", "worker");
        assertThat(post("tm.south", Map.of("worker", "sw.north", "reason", "x")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("tm.north", Map.of("worker", "sw.north", "reason", " ")).getBody()).containsEntry("field", "reason");
        assertThat(assignee()).isNull();
    }

    ResponseEntity<Map> post(String user, Map<String, String> body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/cases/" + northCase + "/allocation", body, Map.class);
    }

    String assignee() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(northCase).singleResult().getAssignee();
    }

    String northWorker() {
        User user = engine.getIdentityService().newUser("sw.north." + UUID.randomUUID().toString().substring(0, 8));
        user.setPassword("demo");
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().createMembership(user.getId(), "north");
        return user.getId();
    }
}
