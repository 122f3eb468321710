package org.careflow.timescalechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.careflow.modelling.Models;
import org.careflow.steps.StepsInForce;
import org.careflow.support.Plans;
import org.careflow.support.TheLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process owner changes the local visit standard from 10 working days to 2 weeks in Camunda
 * Modeler and deploys it: new deadlines follow it at once, the open ones when the process owner
 * applies it to the running cases, due dates and timers together, and each case records it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Deploys a changed timescale, and the REST API finds its engine in Camunda's static registry: a context of its own.
@DirtiesContext
class TimescaleChangeHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepsInForce steps;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChangedVisitStandardAppliesToNewDeadlinesAndProcessOwnersMoveTheOpenOnes() {
        String processOwner = Models.newProcessOwner(engine.getIdentityService());
        ClockUtil.setCurrentTime(at("2026-12-22T17:00"));
        ProcessInstance before = Plans.start(engine, "2026-12-14");
        Plans.visit(engine, before, "2026-12-22");
        Date coreGroupDue = Plans.taskDue(engine, before, "Task_HoldCoreGroup");
        // 10 working days from Tue 22 Dec 2026, over Christmas
        assertThat(Plans.taskDue(engine, before, "Task_VisitChild")).isEqualTo(endOf("2027-01-08"));
        assertThat(Plans.timerDue(engine, before, "Timer_VisitOverdue")).isEqualTo(startOf("2027-01-09"));

        ResponseEntity<JsonNode> deployed = http.withBasicAuth(processOwner, Models.PASSWORD).postForEntity(
                "/engine-rest/deployment/create", Models.modelerDeployment("timescales " + UUID.randomUUID(),
                        Map.of("timescales.dmn", Models.fortnightlyVisits())), JsonNode.class);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);

        ProcessInstance after = Plans.start(engine, "2026-12-14");
        Plans.visit(engine, after, "2026-12-22");
        assertThat(Plans.taskDue(engine, after, "Task_VisitChild")).as("a new deadline").isEqualTo(endOf("2027-01-05"));
        assertThat(Plans.taskDue(engine, before, "Task_VisitChild")).as("an open deadline").isEqualTo(endOf("2027-01-08"));

        assertThat(recompute("sw.north", "Visit standard now 2 weeks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(recompute("tm.north", "Visit standard now 2 weeks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noReason = recompute(processOwner, " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("field").asText()).isEqualTo("reason");
        assertThat(Plans.taskDue(engine, before, "Task_VisitChild")).isEqualTo(endOf("2027-01-08"));

        ResponseEntity<JsonNode> applied = recompute(processOwner, "Visit standard now 2 weeks (cabinet decision 12/2026)");

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(applied.getBody().path("cases").asInt()).isEqualTo(2);
        assertThat(applied.getBody().path("by").asText()).isEqualTo(processOwner);
        assertThat(Plans.taskDue(engine, before, "Task_VisitChild")).isEqualTo(endOf("2027-01-05"));
        assertThat(Plans.timerDue(engine, before, "Timer_VisitOverdue")).isEqualTo(startOf("2027-01-06"));
        assertThat(Plans.taskDue(engine, before, "Task_HoldCoreGroup")).isEqualTo(coreGroupDue);
        assertThat(engine.getTaskService().getProcessInstanceComments(before.getId())).map(Comment::getFullMessage)
                .singleElement().asString().contains(processOwner, "Visit standard now 2 weeks");
        assertThat(new TheLedger(engine, jdbc, steps).agreesWithTheEngineFor(before.getBusinessKey())).isPositive();
    }

    ResponseEntity<JsonNode> recompute(String user, String reason) {
        return http.withBasicAuth(user, Models.PASSWORD).postForEntity("/api/process-definitions/{key}/deadlines/recompute",
                Map.of("reason", reason), JsonNode.class, "childProtectionPlan");
    }
}
