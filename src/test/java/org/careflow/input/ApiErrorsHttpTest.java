package org.careflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.careflow.support.WebAppSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Every refusal of /api is an RFC 9457 problem, whether CareFlow, Spring MVC or the API's login refuses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
class ApiErrorsHttpTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void refusedInputNamesTheField() {
        ResponseEntity<JsonNode> refused = as("tm.north").getForEntity("/api/oversight/steps?limit=0", JsonNode.class);

        assertProblem(refused, HttpStatus.BAD_REQUEST, "/api/oversight/steps");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("limit");
        assertThat(refused.getBody().path("detail").asText()).isEqualTo("limit must be between 1 and 1000");
    }

    @Test
    void aParameterOfTheWrongTypeNamesItToo() {
        ResponseEntity<JsonNode> refused = as("tm.north").getForEntity("/api/oversight/steps?limit=many", JsonNode.class);

        assertProblem(refused, HttpStatus.BAD_REQUEST, "/api/oversight/steps");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("limit");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> refused = as("tm.north").exchange("/api/cases/CF-1/allocation", HttpMethod.POST,
                new HttpEntity<>("{worker", json), JsonNode.class);

        assertProblem(refused, HttpStatus.BAD_REQUEST, "/api/cases/CF-1/allocation");
    }

    @Test
    void withoutCredentialsTheProblemIsTheLogin() {
        ResponseEntity<JsonNode> basic = http.getForEntity("/api/oversight/steps", JsonNode.class);
        HttpHeaders page = new HttpHeaders();
        page.set("X-CareFlow-Request", "oversight");
        ResponseEntity<JsonNode> fromPage = http.exchange("/api/oversight/steps", HttpMethod.GET, new HttpEntity<>(page),
                JsonNode.class);

        assertProblem(basic, HttpStatus.UNAUTHORIZED, "/api/oversight/steps");
        assertThat(basic.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertProblem(fromPage, HttpStatus.UNAUTHORIZED, "/api/oversight/steps");
        assertThat(fromPage.getBody().path("detail").asText()).contains("Log in to the web apps");
    }

    @Test
    void refusedAccessIs403() {
        ResponseEntity<JsonNode> practitioner = as("sw.north").getForEntity("/api/oversight/steps", JsonNode.class);
        ResponseEntity<JsonNode> crossSite = WebAppSession.login(http, "tm.north", "demo")
                .post("/api/cases/CF-1/allocation", Map.of("worker", "sw.north", "reason", "Cover"));

        assertProblem(practitioner, HttpStatus.FORBIDDEN, "/api/oversight/steps");
        assertThat(practitioner.getBody().path("detail").asText()).contains("you manage no team");
        assertProblem(crossSite, HttpStatus.FORBIDDEN, "/api/cases/CF-1/allocation");
        assertThat(crossSite.getBody().path("detail").asText()).contains("X-CareFlow-Request");
    }

    @Test
    void anUnknownCaseAndAnUnknownRouteAreNotFound() {
        ResponseEntity<JsonNode> unknownCase = as("tm.north").exchange("/api/cases/CF-no-such-case/dates/initialConferenceOn",
                HttpMethod.PUT, new HttpEntity<>(Map.of("date", "2026-12-21", "reason", "x")), JsonNode.class);
        ResponseEntity<JsonNode> unknownRoute = as("tm.north").getForEntity("/api/oversight/stepz", JsonNode.class);

        assertProblem(unknownCase, HttpStatus.NOT_FOUND, "/api/cases/CF-no-such-case/dates/initialConferenceOn");
        assertThat(unknownCase.getBody().path("detail").asText()).contains("CF-no-such-case");
        assertProblem(unknownRoute, HttpStatus.NOT_FOUND, "/api/oversight/stepz");
        assertThat(unknownRoute.getBody().path("detail").asText()).isEqualTo("Nothing here answers GET /api/oversight/stepz");
    }

    @Test
    void aWrongMethodIs405WithTheMethodsAllowed() {
        ResponseEntity<JsonNode> refused = as("tm.north").exchange("/api/oversight/steps", HttpMethod.DELETE, null, JsonNode.class);

        assertProblem(refused, HttpStatus.METHOD_NOT_ALLOWED, "/api/oversight/steps");
        assertThat(refused.getHeaders().getAllow()).containsExactly(HttpMethod.GET);
    }

    @Test
    void aChangeLostToAnotherAtTheSameMomentIs409() {
        ProblemDetail conflict = new ApiErrors().conflict(new OptimisticLockingException("ENGINE-03005 ..."));

        assertThat(conflict.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
        assertThat(conflict.getDetail()).contains("nothing of this request was done");
    }

    @Test
    void theEngineRestApiKeepsCamundasOwnFormat() {
        ResponseEntity<JsonNode> refused = as("sw.north").postForEntity("/engine-rest/process-definition/key/referral/start",
                Map.of("businessKey", "CF-API-ERRORS", "variables", Map.of("team", Map.of("value", "west"))), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(refused.getBody().path("type").asText()).isEqualTo("InvalidInputException");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("team");
        assertThat(refused.getBody().path("message").asText()).contains("west");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String instance) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().path("title").asText()).isEqualTo(status.getReasonPhrase());
        assertThat(response.getBody().path("instance").asText()).isEqualTo(instance);
        assertThat(response.getBody().path("detail").asText()).isNotBlank();
    }
}
