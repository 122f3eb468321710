package org.careflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.London;
import org.careflow.support.WebAppSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A task's comments and attachments belong to those who may read the task, on every route (H6), and
 * requests the engine could not take answer as the client's mistake, not 500 (H7). Probed over HTTP;
 * run once per database profile.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
abstract class TaskRecordsContract {

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEB_APPS = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    String caseReference;
    Task task;
    Comment comment;
    Attachment attachment;

    @BeforeEach
    void openANorthReferralWithACommentAndAnAttachmentOnItsTask() {
        ClockUtil.setCurrentTime(London.at("2026-12-03T15:00"));
        caseReference = "CF-" + UUID.randomUUID();
        ResponseEntity<JsonNode> started = RestUser.as(anonymous, "sw.north").startReferral(caseReference,
                Map.of("team", "north", "referralReceivedAt", "2026-12-03T10:00:00Z", "childName", "A"));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        task = taskService.createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_DecideOnReferral").singleResult();
        comment = taskService.createComment(task.getId(), task.getProcessInstanceId(), "Spoke to the school");
        attachment = taskService.createAttachment("text/plain", task.getId(), null, "note.txt", "Referrer's note",
                new ByteArrayInputStream("the note".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- H6: comments and attachments by id

    @Test
    void anotherTeamNeitherReadsNorDeletesTheTasksCommentsAndAttachmentsOverTheEngineRestApi() {
        TestRestTemplate south = as("sw.south");

        assertRefused(south.getForEntity(commentPath(ENGINE_REST), String.class));
        assertRefused(south.getForEntity(attachmentPath(ENGINE_REST), String.class));
        assertRefused(south.getForEntity(attachmentPath(ENGINE_REST) + "/data", String.class));
        assertRefused(south.exchange(attachmentPath(ENGINE_REST), HttpMethod.DELETE, null, String.class));

        assertThat(taskService.getAttachment(attachment.getId())).as("the attachment is still there").isNotNull();
    }

    @Test
    void anotherTeamNeitherReadsNorDeletesThemThroughTheWebAppsApi() {
        WebAppSession south = WebAppSession.login(anonymous, "sw.south", RestUser.PASSWORD);

        assertRefused(south.exchange(HttpMethod.GET, commentPath(WEB_APPS)));
        assertRefused(south.exchange(HttpMethod.GET, attachmentPath(WEB_APPS)));
        assertRefused(south.exchange(HttpMethod.GET, attachmentPath(WEB_APPS) + "/data"));
        assertRefused(south.exchange(HttpMethod.DELETE, attachmentPath(WEB_APPS)));

        assertThat(taskService.getAttachment(attachment.getId())).as("the attachment is still there").isNotNull();
    }

    @Test
    void theTasksOwnTeamAndItsManagerReadThemAndTheTeamDeletesThem() {
        for (String user : new String[] {"sw.north", "tm.north"}) {
            ResponseEntity<JsonNode> read = as(user).getForEntity(commentPath(ENGINE_REST), JsonNode.class);
            assertThat(read.getStatusCode()).as(user + " reads the comment").isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().path("message").asText()).isEqualTo("Spoke to the school");
            assertThat(as(user).getForEntity(attachmentPath(ENGINE_REST), JsonNode.class).getStatusCode())
                    .as(user + " reads the attachment").isEqualTo(HttpStatus.OK);
            ResponseEntity<String> data = as(user).getForEntity(attachmentPath(ENGINE_REST) + "/data", String.class);
            assertThat(data.getStatusCode()).as(user + " downloads it").isEqualTo(HttpStatus.OK);
            assertThat(data.getBody()).isEqualTo("the note");
        }
        WebAppSession north = WebAppSession.login(anonymous, "sw.north", RestUser.PASSWORD);
        assertThat(north.exchange(HttpMethod.GET, commentPath(WEB_APPS)).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(as("sw.north").exchange(attachmentPath(ENGINE_REST), HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.getAttachment(attachment.getId())).isNull();
    }

    @Test
    void onceTheTaskIsDoneItsRecordsFollowItsHistoricTask() {
        ResponseEntity<JsonNode> done = RestUser.as(anonymous, "sw.north").complete(task.getId(),
                Map.of("decision", "assessment", "decisionReasons", "Needs an assessment", "referrerInformed", "yes"));
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertRefused(as("sw.south").getForEntity(commentPath(ENGINE_REST), String.class));
        assertRefused(as("sw.south").getForEntity(attachmentPath(ENGINE_REST) + "/data", String.class));
        assertThat(as("sw.north").getForEntity(commentPath(ENGINE_REST), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("tm.north").getForEntity(attachmentPath(ENGINE_REST) + "/data", String.class).getBody()).isEqualTo("the note");
    }

    @Test
    void theEnginesJavaApiRefusesTheSameToAnotherTeam() {
        identityService.setAuthentication("sw.south", java.util.List.of("south"));
        try {
            assertThat(taskService.getTaskComment(task.getId(), comment.getId())).isNull();
            assertThat(taskService.getTaskComments(task.getId())).isEmpty();
            assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
            assertThat(taskService.getAttachment(attachment.getId())).isNull();
            assertThat(taskService.getAttachmentContent(attachment.getId())).isNull();
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
    }

    // ---- H7: 4xx, not 500

    @Test
    void theSharedTeamFiltersShowAUserInNoGroupNothing() {
        String loner = "sw." + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(loner);
        user.setPassword(RestUser.PASSWORD);
        identityService.saveUser(user);

        for (String name : new String[] {"My team's tasks", "Overdue", "Escalations"}) {
            JsonNode filters = as(loner).getForEntity(ENGINE_REST + "/filter?name={name}", JsonNode.class, name).getBody();
            assertThat(filters).as(name).hasSize(1);
            String id = filters.get(0).path("id").asText();
            ResponseEntity<JsonNode> list = as(loner).getForEntity(ENGINE_REST + "/filter/{id}/list", JsonNode.class, id);
            ResponseEntity<JsonNode> count = as(loner).getForEntity(ENGINE_REST + "/filter/{id}/count", JsonNode.class, id);
            assertThat(list.getStatusCode()).as("%s: %s", name, list.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(list.getBody()).as(name).isEmpty();
            assertThat(count.getStatusCode()).as("%s: %s", name, count.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(count.getBody().path("count").asLong()).as(name).isZero();
        }
        // ...and a member of a team still sees its tasks.
        JsonNode filters = as("sw.north").getForEntity(ENGINE_REST + "/filter?name={name}", JsonNode.class, "My team's tasks").getBody();
        ResponseEntity<JsonNode> count = as("sw.north").getForEntity(ENGINE_REST + "/filter/{id}/count", JsonNode.class,
                filters.get(0).path("id").asText());
        assertThat(count.getBody().path("count").asLong()).isPositive();
    }

    @Test
    void aVariableNameLongerThanTheColumnIsABadRequestNamingIt() {
        String longName = "x".repeat(300);
        String reference = "CF-" + UUID.randomUUID();
        Map<String, Object> variables = new LinkedHashMap<>(referral());
        variables.put(longName, Map.of("value", "v", "type", "String"));

        ResponseEntity<JsonNode> started = start(reference, variables);

        assertBadRequestNaming(started, longName);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void aVariableGivenAsJsonNullIsABadRequestNamingIt() {
        Map<String, Object> variables = new LinkedHashMap<>(referral());
        variables.put("referralReceivedAt", null);
        assertBadRequestNaming(start("CF-" + UUID.randomUUID(), variables), "referralReceivedAt");

        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("x", null);
        ResponseEntity<JsonNode> completed = as("sw.north").postForEntity(ENGINE_REST + "/task/{id}/complete",
                Map.of("variables", completion), JsonNode.class, task.getId());
        assertBadRequestNaming(completed, "x");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    }

    @Test
    void aFileWithoutValueInfoIsABadRequestNamingIt() {
        Map<String, Object> variables = new LinkedHashMap<>(referral());
        variables.put("letter", Map.of("value", "aGVsbG8=", "type", "File"));

        assertBadRequestNaming(start("CF-" + UUID.randomUUID(), variables), "letter");
    }

    @Test
    void theErrorPageRequestedDirectlyIsNotAServerError() {
        ResponseEntity<String> error = anonymous.getForEntity("/error", String.class);

        assertThat(error.getStatusCode().is5xxServerError()).as("%s %s", error.getStatusCode(), error.getBody()).isFalse();
        assertThat(error.getStatusCode().is4xxClientError()).isTrue();
    }

    // ----

    private String commentPath(String api) {
        return api + "/task/" + task.getId() + "/comment/" + comment.getId();
    }

    private String attachmentPath(String api) {
        return api + "/task/" + task.getId() + "/attachment/" + attachment.getId();
    }

    private static void assertRefused(ResponseEntity<String> response) {
        HttpStatusCode status = response.getStatusCode();
        assertThat(status).as("%s", response.getBody()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(response.getBody() == null ? "" : response.getBody()).doesNotContain("Spoke to the school", "the note");
    }

    private static void assertBadRequestNaming(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }

    private static Map<String, Object> referral() {
        return Map.of("team", Map.of("value", "north", "type", "String"),
                "referralReceivedAt", Map.of("value", "2026-12-03T10:00:00Z", "type", "String"),
                "childName", Map.of("value", "A", "type", "String"));
    }

    private ResponseEntity<JsonNode> start(String businessKey, Map<String, Object> variables) {
        return as("sw.north").postForEntity(ENGINE_REST + "/process-definition/key/referral/start",
                Map.of("businessKey", businessKey, "variables", variables), JsonNode.class);
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, RestUser.PASSWORD);
    }
}
