package org.careflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.London;
import org.careflow.support.WebAppSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nothing a user does can break a case, and nobody keeps what they no longer hold: the holes a
 * review found, probed over the routes a user has (engine REST, the web apps' API, /api) as the
 * practitioner, the manager and the former worker. Run once per database profile.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
abstract class CaseIntegrityContract {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    String caseReference;

    @BeforeEach
    void openAReferralReceivedOnThursday3December2026() {
        ClockUtil.setCurrentTime(London.at("2026-12-03T15:00"));
        caseReference = "CF-" + UUID.randomUUID();
        ResponseEntity<JsonNode> started = RestUser.as(anonymous, "sw.north").startReferral(caseReference,
                Map.of("team", "north", "referralReceivedAt", "2026-12-03T10:00:00Z", "childName", "A"));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- access follows the case's team and its allocation, nothing else

    @Test
    void aWorkerReallocatedAwayAndMovedToAnotherTeamReadsNothingOfTheCase() {
        String worker = newWorker("north");
        String taskId = decisionTask();
        String instanceId = referralInstance();
        assertThat(as(worker).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
                json(Map.of("userId", worker)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(worker).getForEntity("/engine-rest/task/" + taskId + "/variables", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<String> moved = as("tm.north").exchange("/api/cases/" + caseReference + "/allocation",
                HttpMethod.POST, json(Map.of("worker", "sw.north", "reason", "Worker moves team")), String.class);
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        identityService.deleteMembership(worker, "north");
        identityService.createMembership(worker, "south");

        assertReadsNothingOf(worker, taskId, instanceId);
        assertThat(authorizationService.createAuthorizationQuery().userIdIn(worker).resourceType(Resources.TASK).count())
                .as("task grants of the user's own").isZero();
    }

    @Test
    void aDeletedUsersIdRecreatedInheritsNothing() {
        String worker = newWorker("north");
        String taskId = decisionTask();
        as(worker).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST, json(Map.of("userId", worker)), String.class);
        taskService.setAssignee(taskId, null);

        identityService.deleteUser(worker);
        User again = identityService.newUser(worker);
        again.setPassword(RestUser.PASSWORD);
        identityService.saveUser(again);

        assertReadsNothingOf(worker, taskId, referralInstance());
    }

    @Test
    void usersCannotDeleteTheirOwnAccount() {
        String worker = newWorker("north");

        ResponseEntity<String> deleted = as(worker).exchange("/engine-rest/user/" + worker, HttpMethod.DELETE, null, String.class);
        ResponseEntity<String> profile = as(worker).exchange("/engine-rest/user/" + worker + "/profile", HttpMethod.PUT,
                json(Map.of("id", worker, "firstName", "Renamed", "lastName", "Worker", "email", worker + "@careflow.invalid")),
                String.class);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.createUserQuery().userId(worker).count()).isOne();
    }

    // ---- a case's facts change only through CareFlow's audited operations

    @Test
    void nobodyRewritesACasesFactsOverTheEngineRestApi() {
        String instance = referralInstance();
        for (String user : List.of("sw.north", "tm.north")) {
            assertThat(putVariable(user, "/process-instance/" + instance, "team", "south"))
                    .as(user + " sets team").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(putVariable(user, "/process-instance/" + instance, "referralReceivedAt", "2099-01-01"))
                    .as(user + " sets a date").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(as(user).exchange("/engine-rest/process-instance/" + instance + "/variables/team", HttpMethod.DELETE,
                    null, String.class).getStatusCode()).as(user + " deletes team").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(as(user).postForEntity("/engine-rest/process-instance/" + instance + "/variables",
                    Map.of("modifications", Map.of("team", Map.of("value", "south"))), String.class).getStatusCode())
                    .as(user + " modifies variables").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(putVariable(user, "/task/" + decisionTask(), "team", "south"))
                    .as(user + " sets team through the task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }

        ResponseEntity<String> resolved = as("sw.north").postForEntity("/engine-rest/task/" + decisionTask() + "/resolve",
                Map.of("variables", Map.of("team", Map.of("value", "south"))), String.class);
        assertThat(resolved.getStatusCode()).as("resolving a task nobody delegated: %s", resolved.getBody()).isIn(
                HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        ResponseEntity<String> correlated = as("tm.north").postForEntity("/engine-rest/message", Map.of("messageName",
                "ProceedingsExtended", "businessKey", caseReference, "processVariables", Map.of("team", Map.of("value", "south"))),
                String.class);
        assertThat(correlated.getStatusCode().is4xxClientError()).as("a message with variables: %s", correlated.getBody()).isTrue();
        assertThat(runtimeService.getVariable(instance, "team")).isEqualTo("north");

        ResponseEntity<JsonNode> completed = RestUser.as(anonymous, "sw.north").complete(decisionTask(),
                Map.of("decision", "assessment", "decisionReasons", "Reasons", "referrerInformed", "yes", "team", "south"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("field").asText()).isEqualTo("team");
        assertThat(runtimeService.getVariable(instance, "team")).isEqualTo("north");
        assertThat(taskService.createTaskQuery().taskId(decisionTask()).count()).as("the task stays open").isOne();
    }

    @Test
    void aCompletionRefusedThroughTasklistIsABadRequestNamingTheField() {
        WebAppSession tasklist = WebAppSession.login(anonymous, "sw.north", RestUser.PASSWORD);

        ResponseEntity<JsonNode> completed = tasklist.post("/camunda/api/engine/engine/default/task/" + decisionTask() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "assessment"),
                        "decisionReasons", Map.of("value", "Reasons"), "referrerInformed", Map.of("value", "yes"),
                        "referralReceivedAt", Map.of("value", "2026-12-01"))));

        assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("field").asText()).isEqualTo("referralReceivedAt");
    }

    // ---- escalations: nobody prevents, forges or redirects them

    @Test
    void noManagerStopsAnEscalationReachingHeadsOfService() {
        ClockUtil.setCurrentTime(London.at("2026-12-05T09:00"));
        fireDueJobs();
        Task oversight = taskService.createTaskQuery().processDefinitionKey("escalation").processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_RecordOversight").singleResult();
        String escalation = oversight.getProcessInstanceId();

        assertThat(putVariable("tm.north", "/process-instance/" + escalation, "overdueStepId", "Task_NoSuchStep"))
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(putVariable("tm.north", "/task/" + oversight.getId(), "overdueStepId", "Task_NoSuchStep"))
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> forged = RestUser.as(anonymous, "tm.north").complete(oversight.getId(), Map.of(
                "delayReason", "Busy", "nextAction", "Decide", "newTargetDate", "2026-12-09",
                "overdueProcessInstanceId", "nothing"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody().path("field").asText()).isEqualTo("overdueProcessInstanceId");

        // Tue 8 Dec: one working day after the deadline (Fri 4 Dec) has passed, the step still not done
        ClockUtil.setCurrentTime(London.at("2026-12-08T00:30"));
        fireDueJobs();

        Task review = taskService.createTaskQuery().processInstanceId(escalation).taskDefinitionKey("Task_ReviewEscalation")
                .singleResult();
        assertThat(review).as("review by a head of service").isNotNull();
        assertThat(review.getDueDate()).as("2 working days from Tue 8 Dec").isEqualTo(London.endOf("2026-12-10"));
        assertThat(review.getFollowUpDate()).isEqualTo(London.startOf("2026-12-09"));
    }

    @Test
    void aHeadOfServiceFindsTheEscalationsWaitingForThemInOverdueAndDueSoon() {
        ClockUtil.setCurrentTime(London.at("2026-12-08T00:30"));
        fireDueJobs();
        fireDueJobs();

        ClockUtil.setCurrentTime(London.at("2026-12-09T10:00"));
        assertThat(filterList("hos", "Due soon")).contains("Review escalation: Referral decision overdue · " + caseReference);
        ClockUtil.setCurrentTime(London.at("2026-12-11T10:00"));
        assertThat(filterList("hos", "Overdue")).contains("Review escalation: Referral decision overdue · " + caseReference);
    }

    // ---- nobody opens a case in another team's name, nor part-way

    @Test
    void anotherTeamsWorkerCannotOpenACaseInThisTeamsName() {
        ResponseEntity<JsonNode> forNorth = RestUser.as(anonymous, "sw.south").startReferral("CF-" + UUID.randomUUID(),
                Map.of("team", "north", "referralReceivedAt", "2026-12-03T11:00:00Z"));
        ResponseEntity<JsonNode> onNorthsCase = as("sw.south").exchange(
                "/engine-rest/process-definition/key/section47/start", HttpMethod.POST, json(Map.of("businessKey", caseReference,
                        "variables", Map.of("team", Map.of("value", "north"), "strategyDiscussionOn", Map.of("value", "2026-12-03")))),
                JsonNode.class);

        assertThat(forNorth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forNorth.getBody().path("field").asText()).isEqualTo("team");
        assertThat(onNorthsCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isOne();
    }

    @Test
    void nobodyButAnAdministratorStartsACasePartWay() {
        Map<String, Object> partWay = Map.of("businessKey", "CF-" + UUID.randomUUID(),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AgreeReferralDecision")),
                "skipCustomListeners", true,
                "variables", Map.of("team", Map.of("value", "west"), "referralReceivedAt", Map.of("value", "2099-11-20T10:00:00Z")));

        ResponseEntity<String> started = as("sw.north").exchange("/engine-rest/process-definition/key/referral/start",
                HttpMethod.POST, json(partWay), String.class);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey((String) partWay.get("businessKey"))
                .count()).isZero();
    }

    @Test
    void aCompletionRecordsOnlyWhatItsFormAsks() {
        ResponseEntity<JsonNode> completed = RestUser.as(anonymous, "sw.north").complete(decisionTask(),
                Map.of("decision", "assessment", "decisionReasons", "Reasons", "referrerInformed", "yes",
                        "assessmentStartedOn", "2026-12-01"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("field").asText()).isEqualTo("assessmentStartedOn");
        assertThat(runtimeService.getVariable(referralInstance(), "assessmentStartedOn")).isNull();
    }

    // ---- case references

    @Test
    void anotherTeamCannotOpenACaseUnderThisTeamsReference() {
        ResponseEntity<JsonNode> south = RestUser.as(anonymous, "sw.south").startReferral(caseReference,
                Map.of("team", "south", "referralReceivedAt", "2026-12-03T11:00:00Z"));

        assertThat(south.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(south.getBody().path("field").asText()).isEqualTo("businessKey");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isOne();
    }

    @Test
    void aSecondReferralOfAnOpenReferralIsRefused() {
        ResponseEntity<JsonNode> again = RestUser.as(anonymous, "sw.north").startReferral(caseReference,
                Map.of("team", "north", "referralReceivedAt", "2026-12-03T11:00:00Z"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().path("field").asText()).isEqualTo("businessKey");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isOne();
    }

    // ---- helpers

    private void assertReadsNothingOf(String worker, String taskId, String instanceId) {
        TestRestTemplate former = as(worker);
        assertThat(former.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .as("the task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(former.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class).getStatusCode())
                .as("the task's variables").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(former.getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class).getStatusCode())
                .as("the case's variables").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(former.getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseReference, JsonNode.class)
                .getBody()).as("tasks of the case").isEmpty();
        assertThat(former.getForEntity("/engine-rest/history/task?processInstanceBusinessKey=" + caseReference, JsonNode.class)
                .getBody()).as("the case's task history").isEmpty();
        assertThat(former.getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + instanceId, JsonNode.class)
                .getBody()).as("the case's variable history").isEmpty();
        assertThat(former.getForEntity("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseReference,
                JsonNode.class).getBody()).as("the case's history").isEmpty();
        assertThat(former.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class)
                .getStatusCode()).as("completing its task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private String newWorker(String team) {
        String id = "sw." + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setPassword(RestUser.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, team);
        return id;
    }

    private String decisionTask() {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_DecideOnReferral").singleResult().getId();
    }

    private String referralInstance() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .processDefinitionKey("referral").singleResult().getId();
    }

    private HttpStatus putVariable(String user, String resource, String name, String value) {
        return HttpStatus.valueOf(as(user).exchange("/engine-rest" + resource + "/variables/" + name, HttpMethod.PUT,
                json(Map.of("value", value, "type", "String")), String.class).getStatusCode().value());
    }

    private List<String> filterList(String user, String filterName) {
        JsonNode filters = as(user).getForEntity("/engine-rest/filter?name=" + filterName, JsonNode.class).getBody();
        String filterId = filters.get(0).path("id").asText();
        JsonNode tasks = as(user).getForEntity("/engine-rest/filter/" + filterId + "/list", JsonNode.class).getBody();
        return tasks.findValues("name").stream().map(JsonNode::asText).toList();
    }

    private void fireDueJobs() {
        List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, RestUser.PASSWORD);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        return new HttpEntity<>(body, headers);
    }
}
