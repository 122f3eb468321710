package org.careflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** The engine REST API as one user of the contract sees it, logged in with HTTP Basic. */
final class RestUser {

    static final String PASSWORD = "demo";
    /** How the engine REST API writes dates (its default date format). */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final TestRestTemplate rest;

    private RestUser(TestRestTemplate rest) {
        this.rest = rest;
    }

    static RestUser as(TestRestTemplate anonymous, String user) {
        return new RestUser(anonymous.withBasicAuth(user, PASSWORD));
    }

    ResponseEntity<JsonNode> get(String path, Object... uriVariables) {
        return rest.getForEntity("/engine-rest" + path, JsonNode.class, uriVariables);
    }

    ResponseEntity<JsonNode> post(String path, Object body, Object... uriVariables) {
        return rest.postForEntity("/engine-rest" + path, body, JsonNode.class, uriVariables);
    }

    /** Starts the referral process; a null business key or variable is left out of the request. */
    ResponseEntity<JsonNode> startReferral(String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        body.put("variables", typed(variables));
        return post("/process-definition/key/referral/start", body);
    }

    ResponseEntity<JsonNode> complete(String taskId, Map<String, Object> variables) {
        return post("/task/{id}/complete", Map.of("variables", typed(variables)), taskId);
    }

    /** The open tasks of a case this user may see. */
    List<JsonNode> tasksOfCase(String businessKey) {
        return list(get("/task?processInstanceBusinessKey={key}", businessKey));
    }

    List<JsonNode> tasksOfCase(String businessKey, String taskDefinitionKey) {
        return tasksOfCase(businessKey).stream()
                .filter(task -> taskDefinitionKey.equals(task.path("taskDefinitionKey").asText()))
                .toList();
    }

    List<JsonNode> processInstancesOfCase(String businessKey) {
        return list(get("/process-instance?businessKey={key}", businessKey));
    }

    long countProcessInstancesOfCase(String businessKey) {
        return count(get("/process-instance/count?businessKey={key}", businessKey));
    }

    long countHistoricProcessInstancesOfCase(String businessKey) {
        return count(get("/history/process-instance/count?processInstanceBusinessKey={key}", businessKey));
    }

    long countHistoricReferrals() {
        return count(get("/history/process-instance/count?processDefinitionKey=referral"));
    }

    List<String> candidateGroups(String taskId) {
        List<String> groups = new ArrayList<>();
        for (JsonNode link : list(get("/task/{id}/identity-links?type=candidate", taskId))) {
            groups.add(link.path("groupId").asText());
        }
        return groups;
    }

    static OffsetDateTime date(JsonNode restDate) {
        return OffsetDateTime.parse(restDate.asText(), REST_DATE);
    }

    private static List<JsonNode> list(ResponseEntity<JsonNode> response) {
        ok(response);
        List<JsonNode> items = new ArrayList<>();
        response.getBody().forEach(items::add);
        return items;
    }

    private static long count(ResponseEntity<JsonNode> response) {
        return ok(response).getBody().path("count").asLong();
    }

    private static ResponseEntity<JsonNode> ok(ResponseEntity<JsonNode> response) {
        HttpStatusCode status = response.getStatusCode();
        if (!status.is2xxSuccessful() || response.getBody() == null) {
            throw new AssertionError("Expected a 2xx answer with a body, got " + status + ": " + response.getBody());
        }
        return response;
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                typed.put(name, Map.of("value", value, "type", "String"));
            }
        });
        return typed;
    }
}
