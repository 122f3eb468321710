package org.careflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.careflow.support.WebAppSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12 over HTTP, as a browser or a REST client meets CareFlow: security headers and cookies,
 * password guessing, and input that used to end in a 500 (or be accepted) refused with a 400 naming
 * the field, nothing left behind. Run once per database, because string limits are the database's.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
abstract class HardeningContract {

    private static final String PASSWORD = "demo";
    private static final String LONG_TEXT = "x".repeat(9_990) + "0123456789";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- 1. headers and cookies

    @ParameterizedTest
    @ValueSource(strings = {"/oversight/", "/api/oversight/steps"})
    void oversightAndApiTellTheBrowserNotToFrameSniffOrRunForeignScripts(String path) {
        ResponseEntity<String> response = as("tm.north").getForEntity(path, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = response.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).as("CSP").contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void apiAnswersAreNotKeptInCaches() {
        ResponseEntity<String> response = as("tm.north").getForEntity("/api/oversight/steps", String.class);

        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void sessionCookiesAreSecureBehindATlsProxy() {
        HttpHeaders behindProxy = new HttpHeaders();
        behindProxy.set("X-Forwarded-Proto", "https");

        List<String> overTls = anonymous.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(behindProxy), String.class).getHeaders().get(HttpHeaders.SET_COOKIE);
        List<String> plain = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class)
                .getHeaders().get(HttpHeaders.SET_COOKIE);

        assertThat(overTls).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        // Without TLS a Secure cookie would never come back, and nobody could log in on a laptop.
        assertThat(plain).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
    }

    // ---- 2. accounts

    @Test
    void manyWrongPasswordsSlowGuessingDownButDoNotLockAWorkerOutForGood() {
        String user = newUser();
        Instant now = Instant.now();
        for (int attempt = 1; attempt <= 15; attempt++) {
            now = now.plusSeconds(3_600);
            ClockUtil.setCurrentTime(Date.from(now));
            assertThat(status(anonymous.withBasicAuth(user, "guess-" + attempt), "/engine-rest/task"))
                    .as("wrong password %d", attempt).isEqualTo(401);
        }

        assertThat(status(anonymous.withBasicAuth(user, PASSWORD), "/engine-rest/task"))
                .as("the right password straight after a wrong one: guessing is slowed down").isEqualTo(401);

        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(3_600)));
        assertThat(status(anonymous.withBasicAuth(user, PASSWORD), "/engine-rest/task"))
                .as("the right password once the delay has passed").isEqualTo(200);
    }

    // ---- 3. input that ended in a 500

    @Test
    void concernsLongerThanADatabaseStringAreStoredWholeAtTheStartAndInTheHistory() {
        String caseReference = caseReference();
        Map<String, Object> variables = referral("2025-12-24T16:00:00Z");
        variables.put("concerns", string(LONG_TEXT));

        ResponseEntity<JsonNode> started = start(as("sw.north"), caseReference, variables);

        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String instanceId = started.getBody().path("id").asText();
        JsonNode concerns = as("sw.north").getForEntity("/engine-rest/process-instance/{id}/variables/concerns",
                JsonNode.class, instanceId).getBody();
        assertThat(concerns.path("type").asText()).isEqualTo("String");
        assertThat(concerns.path("value").asText()).isEqualTo(LONG_TEXT);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName("concerns").singleResult().getValue()).isEqualTo(LONG_TEXT);
    }

    @Test
    void reasonsLongerThanADatabaseStringCompleteTheTaskWhole() {
        String caseReference = startReferral();
        String task = taskOf("sw.north", caseReference, "Task_DecideOnReferral");

        ResponseEntity<String> completed = complete("sw.north", task, decision(string("assessment")).with(
                "decisionReasons", string(LONG_TEXT)));

        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        String agree = taskOf("tm.north", caseReference, "Task_AgreeReferralDecision");
        assertThat(taskService.getVariable(agree, "decisionReasons")).isEqualTo(LONG_TEXT);
    }

    @Test
    void aManagersLongReasonsAreKeptWhole() {
        String caseReference = startReferral("2025-01-06");
        fireDueJobsOf(caseReference);
        String oversight = taskOf("tm.north", caseReference, "Task_RecordOversight");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .processDefinitionKey("referral").singleResult().getId();

        ResponseEntity<String> recorded = complete("tm.north", oversight, new Fields().with("delayReason", string(LONG_TEXT))
                .with("nextAction", string(LONG_TEXT))
                .with("newTargetDate", string(LocalDate.now(ZoneId.of("Europe/London")).toString())));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> moved = as("tm.north").exchange("/api/cases/{reference}/dates/referralReceivedAt", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", "2025-01-07", "reason", LONG_TEXT), json), String.class, caseReference);

        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("delayReason").list())
                .extracting(variable -> variable.getValue()).contains(LONG_TEXT);
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(taskService.getProcessInstanceComments(instanceId)).anySatisfy(comment ->
                assertThat(comment.getFullMessage()).endsWith(LONG_TEXT));
    }

    @Test
    void aBusinessKeyLongerThanTheDatabaseHoldsIsRefusedNamingIt() {
        String caseReference = "CF-" + "9".repeat(300);

        ResponseEntity<JsonNode> refused = start(as("sw.north"), caseReference, referral("2025-12-24T16:00:00Z"));

        assertRefused(refused, "businessKey");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("CF-999%").count()).isZero();
    }

    static Stream<Arguments> datesThatAreNotDates() throws IOException {
        return Stream.of(
                Arguments.of("JSON object", Map.of("type", "Object", "value", "\"2025-12-24\"",
                        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/json"))),
                Arguments.of("serialized Java date", Map.of("type", "Object", "value", javaSerialized(new Date()),
                        "valueInfo", Map.of("objectTypeName", "java.util.Date",
                                "serializationDataFormat", "application/x-java-serialized-object"))),
                Arguments.of("number", Map.of("type", "Long", "value", 1766592000000L)),
                Arguments.of("negative year", string("-0001-01-01")),
                Arguments.of("year 0", string("0000-06-01")),
                Arguments.of("year 1", string("0001-01-01")),
                Arguments.of("year 1 as a Date", Map.of("type", "Date", "value", "0001-01-01T00:00:00.000+0000")),
                Arguments.of("before 1900", string("1899-12-31")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesThatAreNotDates")
    void aDateThatIsNotAPlausibleDateIsRefusedNamingIt(String what, Map<String, Object> receivedAt) {
        String caseReference = caseReference();
        Map<String, Object> variables = referral("2025-12-24T16:00:00Z");
        variables.put("referralReceivedAt", receivedAt);

        ResponseEntity<JsonNode> refused = start(as("sw.north"), caseReference, variables);

        assertRefused(refused, "referralReceivedAt");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
    }

    @Test
    void anEventBeforeTheChildWasBornIsRefused() {
        String caseReference = caseReference();
        Map<String, Object> variables = referral("2019-06-01");
        variables.put("childDateOfBirth", string("2020-01-01"));

        assertRefused(start(as("sw.north"), caseReference, variables), "referralReceivedAt");

        variables.put("referralReceivedAt", string("2020-01-02"));
        assertThat(start(as("sw.north"), caseReference, variables).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void deletingATaskIsRefusedAsTheClientsMistakeAndTheTaskStays() {
        String caseReference = startReferral();
        String task = taskOf("sw.north", caseReference, "Task_DecideOnReferral");

        for (String user : List.of("sw.north", "demo")) {
            ResponseEntity<String> one = as(user).exchange("/engine-rest/task/{id}", HttpMethod.DELETE, null, String.class, task);
            assertRefused(one, "id");
            ResponseEntity<String> all = as(user).exchange("/engine-rest/task", HttpMethod.DELETE, null, String.class);
            assertThat(all.getStatusCode()).as("DELETE /task as %s", user).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        }
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    // ---- 4. the new target date of an escalation

    static Stream<Arguments> targetDatesRefused() {
        return Stream.of(
                Arguments.of("free text", string("end of next month")),
                Arguments.of("in the past", string("2020-01-01")),
                Arguments.of("yesterday", string(LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString())),
                Arguments.of("a number", Map.of("type", "Integer", "value", 20270101)),
                Arguments.of("year 1", string("0001-01-01")),
                Arguments.of("year 10000", string("+10000-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetDatesRefused")
    void theNewTargetDateMustBeADateToCome(String what, Map<String, Object> targetDate) {
        String caseReference = startReferral("2025-01-06");
        fireDueJobsOf(caseReference);
        String oversight = taskOf("tm.north", caseReference, "Task_RecordOversight");
        Fields fields = new Fields().with("delayReason", string("Worker off sick")).with("nextAction", string("Duty worker decides"));

        ResponseEntity<String> refused = complete("tm.north", oversight, fields.with("newTargetDate", targetDate));

        assertRefused(refused, "newTargetDate");
        assertThat(taskService.createTaskQuery().taskId(oversight).count()).isOne();

        String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
        assertThat(complete("tm.north", oversight, fields.with("newTargetDate", string(tomorrow))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    // ---- 5. form values of the wrong type

    @Test
    void anOptionGivenANumberIsRefusedAndTheTaskStaysOpen() {
        String caseReference = startReferral();
        String task = taskOf("sw.north", caseReference, "Task_DecideOnReferral");

        ResponseEntity<String> refused = complete("sw.north", task, decision(Map.of("type", "Integer", "value", 3)));

        assertRefused(refused, "decision");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "5"})
    void aNumberGivenAsTextIsRefused(String scale) {
        String caseReference = caseReference();
        Map<String, Object> variables = referral("2025-12-01");
        variables.put("assessmentStartedOn", string("2025-12-02"));
        assertThat(as("sw.north").postForEntity("/engine-rest/process-definition/key/assessment/start",
                Map.of("businessKey", caseReference, "variables", variables), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        String task = taskOf("sw.north", caseReference, "Task_CompleteAssessment");

        ResponseEntity<String> refused = complete("sw.north", task, new Fields()
                .with("worries", string("Neglect")).with("workingWell", string("Grandmother"))
                .with("needsToHappen", string("Nursery place")).with("analysis", string("Needs support"))
                .with("recommendation", string("child-in-need-plan")).with("safetyScale", string(scale)));

        assertRefused(refused, "safetyScale");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }


    // ---- 6. organisation-wide figures

    @Test
    void organisationWideFiguresAreForThoseWhoUseCockpitNotForPractitioners() {
        startReferral();
        String referral = as("demo").getForEntity("/engine-rest/process-definition/key/referral", JsonNode.class)
                .getBody().path("id").asText();
        List<String> figures = List.of("/process-definition/statistics?incidents=true", "/process-definition/" + referral + "/statistics",
                "/process-definition/key/referral/statistics");
        List<String> cockpit = List.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
                "/camunda/api/cockpit/plugin/base/default/incident/count");

        for (String user : List.of("sw.north", "tm.north", "hos", "demo")) {
            int expected = user.equals("sw.north") ? 403 : 200;
            WebAppSession session = WebAppSession.login(anonymous, user, PASSWORD);
            for (String path : figures) {
                assertThat(status(as(user), "/engine-rest" + path)).as("%s /engine-rest%s", user, path).isEqualTo(expected);
                assertThat(session.exchange(HttpMethod.GET, "/camunda/api/engine/engine/default" + path).getStatusCode().value())
                        .as("%s, logged in, the web apps' %s", user, path).isEqualTo(expected);
            }
            for (String path : cockpit) {
                assertThat(session.exchange(HttpMethod.GET, path).getStatusCode().value()).as("%s %s", user, path).isEqualTo(expected);
            }
        }
        assertThat(status(as("sw.north"), "/engine-rest/engine/default/process-definition/statistics")).isEqualTo(403);
        // a path parameter does not get round it: Spring Security's firewall refuses such a path outright (400)
        for (String path : List.of("/process-definition;x=y/statistics", "/process-definition/key/referral;x=y/statistics")) {
            assertThat(status(as("sw.north"), "/engine-rest" + path)).as("sw.north /engine-rest%s", path).isIn(400, 403);
        }
        // Without a login: nothing, on Cockpit's plugin API (its list of every team's cases, and a query by any
        // variable's value) and on the web apps' statistics alike.
        List<String> anonymousProbes = new ArrayList<>(cockpit);
        anonymousProbes.addAll(List.of("/camunda/api/cockpit/plugin/base/default/process-instance",
                "/camunda/api/cockpit/plugin/base/default/process-instance/count"));
        figures.forEach(path -> anonymousProbes.add("/camunda/api/engine/engine/default" + path));
        for (String path : anonymousProbes) {
            assertThat(anonymous.getForEntity(path, String.class).getStatusCode().value()).as("anonymous %s", path)
                    .isIn(401, 403);
        }
        // What Tasklist asks for itself stays open to the practitioner.
        WebAppSession practitioner = WebAppSession.login(anonymous, "sw.north", PASSWORD);
        for (String path : List.of("/task", "/process-definition?latest=true&startableInTasklist=true", "/process-definition/" + referral)) {
            assertThat(practitioner.exchange(HttpMethod.GET, "/camunda/api/engine/engine/default" + path).getStatusCode().value())
                    .as("sw.north, logged in, the web apps' %s", path).isEqualTo(200);
        }
        // Incidents are counted over the cases the reader may see, which Camunda's authorizations already limit.
        assertThat(status(as("sw.north"), "/engine-rest/incident/count")).isEqualTo(200);
    }

    // ---- helpers

    void assertRefused(ResponseEntity<?> response, String field) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(response.getBody())).contains("\"field\":\"" + field + "\"");
    }

    String startReferral() {
        return startReferral("2025-12-24T16:00:00Z");
    }

    String startReferral(String receivedAt) {
        String caseReference = caseReference();
        ResponseEntity<JsonNode> started = start(as("sw.north"), caseReference, referral(receivedAt));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        return caseReference;
    }

    static ResponseEntity<JsonNode> start(TestRestTemplate user, String businessKey, Map<String, Object> variables) {
        return user.postForEntity("/engine-rest/process-definition/key/referral/start",
                Map.of("businessKey", businessKey, "variables", variables), JsonNode.class);
    }

    ResponseEntity<String> complete(String user, String taskId, Fields fields) {
        return as(user).postForEntity("/engine-rest/task/{id}/complete", Map.of("variables", fields), String.class, taskId);
    }

    String taskOf(String user, String caseReference, String taskDefinitionKey) {
        JsonNode tasks = as(user).getForEntity("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}",
                JsonNode.class, caseReference, taskDefinitionKey).getBody();
        assertThat(tasks).as("%s's %s", user, taskDefinitionKey).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    void fireDueJobsOf(String caseReference) {
        List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
    }

    String newUser() {
        User user = identityService.newUser("hardening-" + UUID.randomUUID());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        return user.getId();
    }

    TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PASSWORD);
    }

    static int status(TestRestTemplate client, String path) {
        return client.getForEntity(path, String.class).getStatusCode().value();
    }

    static Fields decision(Map<String, Object> decision) {
        return new Fields().with("decision", decision).with("decisionReasons", string("Concerns need assessing"))
                .with("referrerInformed", string("yes"));
    }

    static Map<String, Object> referral(String receivedAt) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("team", string("north"));
        variables.put("referralReceivedAt", string(receivedAt));
        return variables;
    }

    static Map<String, Object> string(String value) {
        return Map.of("type", "String", "value", value);
    }

    static String caseReference() {
        return "CF-H-" + UUID.randomUUID();
    }

    static String javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Typed variables of a request, as the engine REST API takes them. */
    static final class Fields extends LinkedHashMap<String, Object> {
        Fields with(String name, Map<String, Object> typed) {
            Fields copy = new Fields();
            copy.putAll(this);
            copy.put(name, typed);
            return copy;
        }
    }
}
