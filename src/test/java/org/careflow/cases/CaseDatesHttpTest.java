package org.careflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.steps.StepsInForce;
import org.careflow.support.TheLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A manager corrects the date of an initial conference: the plan's deadlines move, tasks and timers together. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry, which the last context started
// owns: a fresh context for this class, closed after it, keeps the requests on this database.
@DirtiesContext
class CaseDatesHttpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepsInForce steps;
    @Autowired
    TestRestTemplate http;

    ProcessInstance plan;
    String caseReference;

    @BeforeEach
    void startPlanFromAnIcpcOn18December2026() {
        ClockUtil.setCurrentTime(at("2026-12-21T16:00"));
        caseReference = "CF-" + UUID.randomUUID();
        plan = engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", caseReference,
                Variables.putValue("team", "north").putValue("initialConferenceOn", "2026-12-18"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRescheduledConferenceMovesTheDueDatesAndTimersOfTheCase() {
        ResponseEntity<Map> response = change("tm.north", "initialConferenceOn", "2026-12-21", "Conference adjourned to Monday");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("caseReference", caseReference)
                .containsEntry("from", "2026-12-18").containsEntry("to", "2026-12-21");
        // 10 working days from Mon 21 Dec 2026 over Christmas: Thu 7 Jan 2027 (was Wed 6 Jan)
        assertThat(taskDue("Task_HoldCoreGroup")).isEqualTo(endOf("2027-01-07"));
        assertThat(timerDue("Timer_CoreGroupOverdue")).isEqualTo(startOf("2027-01-08"));
        assertThat(taskDue("Task_HoldReviewConference")).isEqualTo(endOf("2027-03-21"));
        assertThat(timerDue("Timer_ReviewOverdue")).isEqualTo(startOf("2027-03-22"));
        assertThat(engine.getTaskService().getProcessInstanceComments(plan.getId()))
                .anySatisfy(comment -> assertThat(comment.getFullMessage())
                        .contains("initialConferenceOn", "2026-12-18", "2026-12-21", "tm.north", "adjourned"));
        assertThat(new TheLedger(engine, jdbc, steps).agreesWithTheEngineFor(caseReference)).isPositive();
    }

    @Test
    void theCaseTeamCompletesItsStepsAfterARescheduling() {
        change("tm.north", "initialConferenceOn", "2026-12-21", "Conference adjourned to Monday");

        ResponseEntity<Map> visit = complete("sw.north", "Task_VisitChild", Map.of(
                "visitedOn", Map.of("value", "2026-12-21"), "visitLocation", Map.of("value", "home"),
                "childSeen", Map.of("value", "yes"), "seenAlone", Map.of("value", "yes"),
                "childViews", Map.of("value", "Likes the new school"), "visitObservations", Map.of("value", "Home visit")));
        ResponseEntity<Map> coreGroup = complete("sw.north", "Task_HoldCoreGroup", Map.of(
                "coreGroupHeldOn", Map.of("value", "2026-12-21"), "coreGroupAttendees", Map.of("value", "Family, school"),
                "coreGroupProgress", Map.of("value", "Some"), "coreGroupActions", Map.of("value", "Plan agreed")));

        assertThat(visit.getStatusCode()).as("%s", visit.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coreGroup.getStatusCode()).as("%s", coreGroup.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getRuntimeService().getVariable(plan.getId(), "initialConferenceOn")).isEqualTo("2026-12-21");
    }

    @Test
    void aCompletionCannotPutBackTheDateARescheduleChanged() {
        change("tm.north", "initialConferenceOn", "2026-12-21", "Conference adjourned to Monday");

        ResponseEntity<Map> forged = complete("sw.north", "Task_HoldCoreGroup", Map.of(
                "coreGroupHeldOn", Map.of("value", "2026-12-21"), "coreGroupAttendees", Map.of("value", "Family, school"),
                "coreGroupProgress", Map.of("value", "Some"), "coreGroupActions", Map.of("value", "Plan agreed"),
                "initialConferenceOn", Map.of("value", "2026-12-18")));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody()).containsEntry("field", "initialConferenceOn");
        assertThat(engine.getRuntimeService().getVariable(plan.getId(), "initialConferenceOn")).isEqualTo("2026-12-21");
    }

    @Test
    void theReadmesExampleWorksAsWrittenOnAnyDayAfterIt() {
        ClockUtil.reset();
        String example = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", example,
                Variables.putValue("team", "north").putValue("initialConferenceOn", "2026-11-16"));

        ResponseEntity<Map> response = http.withBasicAuth("tm.north", "demo").exchange(
                "/api/cases/" + example + "/dates/initialConferenceOn", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", "2026-11-17", "reason", "Conference held on Tuesday, recorded as Monday")), Map.class);

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("from", "2026-11-16").containsEntry("deadlinesMoved", 7);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(example)
                .singleResult().getId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_HoldCoreGroup")
                .singleResult().getDueDate()).isEqualTo(endOf("2026-12-01"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_HoldReviewConference").singleResult().getDueDate()).isEqualTo(endOf("2027-02-17"));
    }

    @Test
    void aHearingTheCourtRelistsMayBeAheadButOnABusinessDay() {
        ClockUtil.setCurrentTime(at("2027-01-12T10:00"));
        String proceedings = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("careProceedings", proceedings,
                Variables.putValue("team", "north").putValue("issuedOn", "2027-01-11").putValue("cmhListedOn", "2027-01-25"));

        ResponseEntity<Map> weekend = http.withBasicAuth("tm.north", "demo").exchange(
                "/api/cases/" + proceedings + "/dates/cmhListedOn", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", "2027-01-23", "reason", "Relisted")), Map.class);
        ResponseEntity<Map> relisted = http.withBasicAuth("tm.north", "demo").exchange(
                "/api/cases/" + proceedings + "/dates/cmhListedOn", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", "2027-01-27", "reason", "Relisted by the court")), Map.class);

        assertThat(weekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weekend.getBody()).containsEntry("field", "cmhListedOn");
        assertThat(relisted.getStatusCode()).as("%s", relisted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(relisted.getBody()).containsEntry("to", "2027-01-27");
    }

    @Test
    void aCaseThatIsNotOpenIsNotFound() {
        assertThat(http.withBasicAuth("tm.north", "demo").exchange("/api/cases/CF-no-such-case/dates/initialConferenceOn",
                HttpMethod.PUT, new HttpEntity<>(Map.of("date", "2026-12-21", "reason", "x")), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheCaseTeamsManagersMayChangeItsDates() {
        assertThat(change("sw.north", "initialConferenceOn", "2026-12-21", "Why not").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(change("tm.south", "initialConferenceOn", "2026-12-21", "Why not").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange("/api/cases/" + caseReference + "/dates/initialConferenceOn", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", "2026-12-21", "reason", "x")), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(taskDue("Task_HoldCoreGroup")).isEqualTo(endOf("2027-01-06"));
    }

    @Test
    void aBadDateOrNoReasonChangesNothing() {
        assertThat(change("tm.north", "initialConferenceOn", "21/12/2026", "Typo").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(change("tm.north", "initialConferenceOn", "2026-12-22", "In the future").getBody())
                .containsEntry("field", "initialConferenceOn");
        assertThat(change("tm.north", "initialConferenceOn", "2026-12-21", " ").getBody()).containsEntry("field", "reason");
        assertThat(change("tm.north", "noSuchDate", "2026-12-21", "x").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(change("tm.north", "team", "2026-12-21", "Not a date a clock runs from").getBody())
                .containsEntry("field", "variable");

        assertThat(taskDue("Task_HoldCoreGroup")).isEqualTo(endOf("2027-01-06"));
    }

    ResponseEntity<Map> change(String user, String variable, String date, String reason) {
        return http.withBasicAuth(user, "demo").exchange("/api/cases/" + caseReference + "/dates/" + variable,
                HttpMethod.PUT, new HttpEntity<>(Map.of("date", date, "reason", reason)), Map.class);
    }

    ResponseEntity<Map> complete(String user, String taskKey, Map<String, Object> variables) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(taskKey).singleResult().getId();
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables), Map.class);
    }

    java.util.Date taskDue(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey)
                .singleResult().getDueDate();
    }

    java.util.Date timerDue(String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).activityId(timerId)
                .singleResult().getDuedate();
    }
}
