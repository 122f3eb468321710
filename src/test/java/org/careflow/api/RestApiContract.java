package org.careflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.careflow.support.London;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public surface of shared/contract.md over HTTP, as outside programs meet it: the REST API
 * behind HTTP Basic, the health endpoint, starting a referral, refused input, team isolation,
 * task completion and escalation. Run once per database profile.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry, which the last context started
// owns: a fresh context for this class, closed after it, keeps the requests on this database.
@DirtiesContext
abstract class RestApiContract {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- the door: credentials, health, nothing else exposed

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/process-instance",
            "/engine-rest/user", "/engine-rest/authorization"})
    void restApiWantsValidCredentials(String path) {
        // A user of its own: a failed login locks the user for a while (and for good after ten), which
        // must not lock out the demo users the other tests log in as.
        String user = newUser();

        ResponseEntity<String> valid = anonymous.withBasicAuth(user, RestUser.PASSWORD).getForEntity(path, String.class);
        ResponseEntity<String> none = anonymous.getForEntity(path, String.class);
        ResponseEntity<String> wrongPassword = anonymous.withBasicAuth(user, "not-the-password").getForEntity(path, String.class);
        ResponseEntity<String> unknownUser = anonymous.withBasicAuth("nobody", RestUser.PASSWORD).getForEntity(path, String.class);

        assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (ResponseEntity<String> refused : List.of(none, wrongPassword, unknownUser)) {
            assertThat(bodyOf(refused)).doesNotContain("\"id\"", "sw.north");
        }
    }

    @Test
    void nobodyStartsACaseWithoutCredentials() {
        String caseReference = caseReference();
        Map<String, Object> body = Map.of("businessKey", caseReference, "variables", Map.of(
                "team", Map.of("value", "north", "type", "String"),
                "referralReceivedAt", Map.of("value", "2025-12-24T16:00:00Z", "type", "String")));

        ResponseEntity<String> response = anonymous.postForEntity(
                "/engine-rest/process-definition/key/referral/start", body, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin().countHistoricProcessInstancesOfCase(caseReference)).isZero();
    }

    @Test
    void healthAnswersWithoutCredentialsAndSaysOnlyUp() {
        ResponseEntity<String> health = anonymous.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/mappings", "/actuator/loggers", "/actuator/metrics", "/actuator/info",
            "/actuator/health/db", "/h2-console", "/h2-console/"})
    void nothingElseIsExposed(String path) {
        for (TestRestTemplate client : List.of(anonymous, anonymous.withBasicAuth("demo", RestUser.PASSWORD))) {
            ResponseEntity<String> response = client.getForEntity(path, String.class);

            assertThat(response.getStatusCode().value()).as(path).isIn(401, 404);
            assertThat(bodyOf(response)).as(path)
                    .doesNotContain("propertySources", "activeProfiles", "CAREFLOW", "datasource", "H2 Console", "jdbc:");
        }
    }

    // ---- starting a referral

    @ParameterizedTest(name = "received {0} -> decision due {1}")
    @CsvSource({
            // Christmas Day, Boxing Day and a weekend lie between: Monday 29 Dec 2025 23:59:59 London (GMT)
            "2025-12-24T16:00:00Z, 2025-12-29T23:59:59Z",
            // British Summer Time: Friday 10 Jul 2026 23:59:59 London is 22:59:59Z
            "2026-07-09T10:00:00+01:00, 2026-07-10T22:59:59Z"})
    void practitionerStartsAReferralAndTheDecisionIsDueAtTheEndOfTheDeadlineDayInLondon(String receivedAt, Instant due) {
        String caseReference = caseReference();

        ResponseEntity<JsonNode> started = swNorth().startReferral(caseReference, referral("north", receivedAt));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().path("businessKey").asText()).isEqualTo(caseReference);
        List<JsonNode> tasks = swNorth().tasksOfCase(caseReference);
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("Task_DecideOnReferral");
            assertThat(task.path("name").asText()).isEqualTo("Decide on referral · " + caseReference);
            assertThat(RestUser.date(task.path("due")).toInstant()).isEqualTo(due);
        });
        // the team, and its managers, who see and may take on every task of their team
        assertThat(swNorth().candidateGroups(tasks.get(0).path("id").asText())).containsExactlyInAnyOrder("north", "north-managers");
    }

    @Test
    void aPractitionerWorksOnTheirTeamsTaskButCannotMoveItsDeadlineOrShareIt() {
        String caseReference = caseReference();
        swNorth().startReferral(caseReference, referral("north", "2025-12-24T16:00:00Z"));
        String taskId = swNorth().tasksOfCase(caseReference).get(0).path("id").asText();

        ResponseEntity<String> moved = anonymous.withBasicAuth("sw.north", RestUser.PASSWORD).exchange(
                "/engine-rest/task/{id}", HttpMethod.PUT, new HttpEntity<>(Map.of("name", "Decide on referral",
                        "due", "2030-01-01T23:59:59.000+0000", "priority", 50)), String.class, taskId);
        ResponseEntity<JsonNode> shared = swNorth().post("/task/{id}/identity-links",
                Map.of("groupId", "south", "type", "candidate"), taskId);
        ResponseEntity<JsonNode> claimed = swNorth().post("/task/{id}/claim", Map.of("userId", "sw.north"), taskId);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(shared.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(swSouth().tasksOfCase(caseReference)).isEmpty();
    }

    @Test
    void onlyCasesStartOverRestNotTheirEscalations() {
        ResponseEntity<JsonNode> forged = swSouth().post("/process-definition/key/escalation/start", Map.of(
                "businessKey", caseReference(), "variables", Map.of("team", Map.of("value", "north"))));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theListOfEnginesNeedsCredentialsToo() {
        assertThat(anonymous.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // ---- refused input: 400 naming the variable, nothing left behind

    static Stream<Arguments> badStarts() {
        return Stream.of(
                Arguments.of("unknown team", true, referral("west", "2025-12-24T16:00:00Z"), "team"),
                Arguments.of("no team", true, referral(null, "2025-12-24T16:00:00Z"), "team"),
                Arguments.of("no receipt date", true, referral("north", null), "referralReceivedAt"),
                Arguments.of("'yesterday'", true, referral("north", "yesterday"), "referralReceivedAt"),
                Arguments.of("day first", true, referral("north", "24/12/2025"), "referralReceivedAt"),
                Arguments.of("30 February", true, referral("north", "2025-02-30"), "referralReceivedAt"),
                Arguments.of("date-time without offset", true, referral("north", "2025-12-24T16:00:00"), "referralReceivedAt"),
                Arguments.of("received tomorrow", true, referral("north", LocalDate.now(London.ZONE).plusDays(1).toString()),
                        "referralReceivedAt"),
                Arguments.of("received in an hour", true,
                        referral("north", Instant.now().plusSeconds(3600).toString()), "referralReceivedAt"),
                Arguments.of("no business key", false, referral("north", "2025-12-24T16:00:00Z"), "businessKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badStarts")
    void badInputIsRefusedWithAMessageNamingTheVariableAndNoInstanceIsLeft(
            String example, boolean withBusinessKey, Map<String, Object> variables, String variable) {
        String caseReference = caseReference();
        long referralsBefore = admin().countHistoricReferrals();

        ResponseEntity<JsonNode> response = swNorth().startReferral(withBusinessKey ? caseReference : null, variables);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("field").asText()).isEqualTo(variable);
        assertThat(response.getBody().path("message").asText()).contains(variable);
        assertThat(admin().countProcessInstancesOfCase(caseReference)).isZero();
        assertThat(admin().countHistoricProcessInstancesOfCase(caseReference)).isZero();
        assertThat(admin().countHistoricReferrals()).isEqualTo(referralsBefore);
    }

    // ---- team isolation

    @Test
    void onlyTheCaseTeamItsManagersAndHeadsOfServiceSeeACase() {
        String caseReference = caseReference();
        swNorth().startReferral(caseReference, referral("north", "2025-12-24T16:00:00Z"));
        JsonNode task = swNorth().tasksOfCase(caseReference, "Task_DecideOnReferral").get(0);
        String taskId = task.path("id").asText();
        String processInstanceId = task.path("processInstanceId").asText();

        assertThat(swNorth().get("/task/{id}", taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(swNorth().processInstancesOfCase(caseReference)).hasSize(1);

        assertThat(swSouth().tasksOfCase(caseReference)).isEmpty();
        assertThat(swSouth().get("/task/{id}", taskId).getStatusCode().value()).isIn(403, 404);
        assertThat(swSouth().processInstancesOfCase(caseReference)).isEmpty();
        assertThat(swSouth().get("/process-instance/{id}", processInstanceId).getStatusCode().value()).isIn(403, 404);
        assertThat(swSouth().get("/process-instance/{id}/variables", processInstanceId).getStatusCode().value())
                .isIn(403, 404);
        assertThat(swSouth().countHistoricProcessInstancesOfCase(caseReference)).isZero();
        assertThat(tmSouth().processInstancesOfCase(caseReference)).isEmpty();

        assertThat(tmNorth().processInstancesOfCase(caseReference)).extracting(pi -> pi.path("id").asText())
                .containsExactly(processInstanceId);
        assertThat(hos().processInstancesOfCase(caseReference)).extracting(pi -> pi.path("id").asText())
                .containsExactly(processInstanceId);
    }

    // ---- completing a task

    @Test
    void decisionCompletesOnlyWithItsRequiredFieldsAndThenGoesToTheManagers() {
        String caseReference = caseReference();
        swNorth().startReferral(caseReference, referral("north", "2025-12-24T16:00:00Z"));
        String taskId = swNorth().tasksOfCase(caseReference, "Task_DecideOnReferral").get(0).path("id").asText();

        ResponseEntity<JsonNode> incomplete = swNorth().complete(taskId, Map.of("decision", "assessment", "referrerInformed", "yes"));

        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().path("field").asText()).isEqualTo("decisionReasons");
        assertThat(incomplete.getBody().path("message").asText()).contains("decisionReasons");
        assertThat(swNorth().get("/task/{id}", taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(swNorth().get("/task/{id}/variables/decision", taskId).getStatusCode())
                .as("a refused completion leaves nothing half-done").isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> complete = swNorth().complete(taskId, Map.of(
                "decision", "assessment",
                "decisionReasons", "Concerns about neglect need a Child and Family assessment",
                "referrerInformed", "yes"));

        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(swNorth().tasksOfCase(caseReference)).isEmpty();
        List<JsonNode> agree = tmNorth().tasksOfCase(caseReference, "Task_AgreeReferralDecision");
        assertThat(agree).hasSize(1);
        assertThat(tmNorth().candidateGroups(agree.get(0).path("id").asText())).containsExactly("north-managers");
        assertThat(tmSouth().tasksOfCase(caseReference)).isEmpty();
    }

    // ---- escalation

    @Test
    void overdueDecisionEscalatesWhenTheDeadlineDayHasPassedInLondon() {
        String caseReference = caseReference();
        ClockUtil.setCurrentTime(London.at("2025-12-24T16:30"));
        swNorth().startReferral(caseReference, referral("north", "2025-12-24T16:00:00Z"));

        ClockUtil.setCurrentTime(London.at("2025-12-29T23:59:59"));
        assertThat(fireDueJobsOf(caseReference)).as("jobs due on the deadline day").isZero();
        assertThat(tmNorth().tasksOfCase(caseReference, "Task_RecordOversight")).isEmpty();

        ClockUtil.setCurrentTime(London.at("2025-12-30T00:00:00"));
        assertThat(fireDueJobsOf(caseReference)).isEqualTo(1);
        assertThat(tmNorth().tasksOfCase(caseReference, "Task_RecordOversight")).singleElement()
                .satisfies(task -> assertThat(RestUser.date(task.path("due")).toInstant())
                        .as("oversight due one working day after the deadline")
                        .isEqualTo(London.at("2025-12-30T23:59:59").toInstant()));
        assertThat(fireDueJobsOf(caseReference)).as("head of service not yet").isZero();

        ClockUtil.setCurrentTime(London.at("2025-12-31T00:00:00"));
        assertThat(fireDueJobsOf(caseReference)).isEqualTo(1);
        assertThat(hos().tasksOfCase(caseReference, "Task_ReviewEscalation")).hasSize(1);
    }

    /** The managers' window, read from the ledger's day of attention (a generated column, spelt per database). */
    @Test
    void aStepJoinsTheManagersViewOnItsReminderDayAndIsOverdueFromTheDayAfterItsDeadline() {
        String caseReference = caseReference();
        ClockUtil.setCurrentTime(London.at("2025-12-24T16:30"));
        swNorth().startReferral(caseReference, referral("north", "2025-12-24T16:00:00Z"));
        assertThat(statusInTheManagersView(caseReference)).as("received, due Monday 29 December").isEmpty();

        ClockUtil.setCurrentTime(London.at("2025-12-29T00:00:00"));
        assertThat(statusInTheManagersView(caseReference)).as("its reminder day, the deadline day").contains("due-soon");

        ClockUtil.setCurrentTime(London.at("2025-12-30T00:00:00"));
        assertThat(statusInTheManagersView(caseReference)).contains("overdue");
    }

    private Optional<String> statusInTheManagersView(String caseReference) {
        JsonNode answer = anonymous.withBasicAuth("tm.north", RestUser.PASSWORD)
                .getForEntity("/api/oversight/steps?step=Task_DecideOnReferral&limit=1000", JsonNode.class).getBody();
        assertThat(answer).isNotNull();
        return StreamSupport.stream(answer.path("steps").spliterator(), false)
                .filter(row -> caseReference.equals(row.path("caseReference").asText()))
                .map(row -> row.path("status").asText()).findFirst();
    }

    @Test
    void caseMovedInLongAfterItsDeadlineEscalatesToManagersAndThenHeadsOfService() {
        String caseReference = caseReference();
        swNorth().startReferral(caseReference, referral("north", "2025-01-06"));
        assertThat(swNorth().tasksOfCase(caseReference, "Task_DecideOnReferral")).hasSize(1);

        fireDueJobsOf(caseReference);

        List<JsonNode> oversight = tmNorth().tasksOfCase(caseReference, "Task_RecordOversight");
        assertThat(oversight).singleElement().satisfies(task -> assertThat(task.path("name").asText())
                .isEqualTo("Record oversight: Referral decision overdue · " + caseReference));
        assertThat(tmNorth().candidateGroups(oversight.get(0).path("id").asText())).containsExactly("north-managers");
        assertThat(hos().tasksOfCase(caseReference, "Task_ReviewEscalation")).isEmpty();

        fireDueJobsOf(caseReference);

        List<JsonNode> review = hos().tasksOfCase(caseReference, "Task_ReviewEscalation");
        assertThat(review).singleElement().satisfies(task -> assertThat(task.path("name").asText())
                .isEqualTo("Review escalation: Referral decision overdue · " + caseReference));
        assertThat(hos().candidateGroups(review.get(0).path("id").asText())).containsExactly("heads-of-service");
        for (RestUser outsider : List.of(swSouth(), tmSouth())) {
            assertThat(outsider.tasksOfCase(caseReference)).isEmpty();
            assertThat(outsider.processInstancesOfCase(caseReference)).isEmpty();
        }
        assertThat(swNorth().tasksOfCase(caseReference)).extracting(task -> task.path("taskDefinitionKey").asText())
                .as("the practitioner keeps the decision; oversight is the managers'").containsExactly("Task_DecideOnReferral");
    }

    // ---- helpers

    /** Executes the jobs of this case that are due now, once each, as one sweep of the job executor would. */
    int fireDueJobsOf(String caseReference) {
        List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    String newUser() {
        User user = identityService.newUser("api-probe-" + UUID.randomUUID());
        user.setPassword(RestUser.PASSWORD);
        identityService.saveUser(user);
        return user.getId();
    }

    static String bodyOf(ResponseEntity<String> response) {
        return response.getBody() == null ? "" : response.getBody();
    }

    static Map<String, Object> referral(String team, String receivedAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("team", team);
        variables.put("referralReceivedAt", receivedAt);
        return variables;
    }

    static String caseReference() {
        return "CF-API-" + UUID.randomUUID();
    }


    RestUser admin() {
        return RestUser.as(anonymous, "demo");
    }

    RestUser swNorth() {
        return RestUser.as(anonymous, "sw.north");
    }

    RestUser tmNorth() {
        return RestUser.as(anonymous, "tm.north");
    }

    RestUser swSouth() {
        return RestUser.as(anonymous, "sw.south");
    }

    RestUser tmSouth() {
        return RestUser.as(anonymous, "tm.south");
    }

    RestUser hos() {
        return RestUser.as(anonymous, "hos");
    }
}
