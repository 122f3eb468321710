package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.organisation.Names;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The DfE feed sent to a local server standing in for DfE's API: batches of at most 100 children, each
 * payload within the schema's constraints ({@link DfeSchema}), the bearer token and LA code on each
 * call, a 429 or 503 answered by trying again, and a later run sending only the children changed since.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DfeFeedHttpTest {

    /** What the stand-in for DfE received: each call's path, token and body. */
    record Received(String path, String authorization, JsonNode body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The answers the stand-in gives before it accepts a call: 429, then 503, then 200. */
    static final AtomicInteger REFUSALS_TO_COME = new AtomicInteger();
    static final HttpServer DFE = dfe();

    @DynamicPropertySource
    static void feedToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("careflow.returns.dfe-feed.endpoint", () -> "http://localhost:" + DFE.getAddress().getPort() + "/api");
        registry.add("careflow.returns.dfe-feed.token", () -> "token-from-the-portal");
        registry.add("careflow.returns.dfe-feed.backoff", () -> "10ms");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;
    String prefix;

    @BeforeEach
    void aHundredAndFiveChildrenReferred() {
        clock = new EngineClock(engine.getManagementService());
        clock.set(at("2026-11-02T10:00"));
        prefix = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        for (int i = 0; i < 105; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("referral", prefix + "-" + i, Variables.putValue("team", i % 2 == 0 ? "north" : "south")
                    .putValue("referralReceivedAt", "2026-11-02T09:00:00Z").putValue("childName", "Child " + i + " Surname")
                    .putValue("childDateOfBirth", "2014-01-0" + (1 + i % 9)).putValue("childSex", i % 2 == 0 ? "F" : "M")
                    .putValue("childEthnicity", "WBRI").putValue("childDisabilities", i % 10 == 0 ? "LD COMM" : "NONE")
                    .putValue("childUpnUnknown", "UN2").putValue("referralSource", "2A"));
        }
        RECEIVED.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopTheStandIn() {
        DFE.stop(0);
    }

    @Test
    void aSnapshotGoesInBatchesOfAHundredWithinTheSchemaAndThroughRefusals() {
        REFUSALS_TO_COME.set(2);
        ResponseEntity<JsonNode> run = http.withBasicAuth("returns", "demo").postForEntity("/api/returns/dfe-feed/runs?full=true",
                null, JsonNode.class);

        assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(run.getBody().path("status").asText()).isEqualTo("sent");
        int children = run.getBody().path("children").asInt();
        assertThat(children).isGreaterThanOrEqualTo(105);
        assertThat(run.getBody().path("batches").asInt()).isEqualTo((children + 99) / 100);
        assertThat(run.getBody().path("attempts").asInt()).as("a 429 and a 503 tried again").isEqualTo(run.getBody().path("batches").asInt() + 2);
        List<Received> accepted = RECEIVED.stream().filter(received -> received.body() != null).toList();
        assertThat(accepted).allSatisfy(received -> {
            assertThat(received.path()).isEqualTo("/api/children_social_care_data/999/children");
            assertThat(received.authorization()).isEqualTo("Bearer token-from-the-portal");
            assertThat(DfeSchema.problems(received.body())).isEmpty();
            assertThat(received.body().size()).isLessThanOrEqualTo(100);
        });
        JsonNode child = accepted.stream().flatMap(received -> java.util.stream.StreamSupport.stream(received.body().spliterator(), false))
                .filter(record -> record.path("la_child_id").asText().equals(prefix + "0")).findFirst().orElseThrow();
        assertThat(child.path("child_details").path("first_name").asText()).isEqualTo("Child 0");
        assertThat(child.path("child_details").path("surname").asText()).isEqualTo("Surname");
        assertThat(child.path("child_details").path("disabilities").toString()).isEqualTo("[\"LD\",\"COMM\"]");
        assertThat(child.path("social_care_episodes").get(0).path("referral_source").asText()).isEqualTo("2A");
        assertThat(child.path("social_care_episodes").get(0).path("referral_date").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void aLaterRunSendsOnlyTheChildrenChangedSince() {
        REFUSALS_TO_COME.set(0);
        clock.set(at("2026-11-02T12:00"));
        assertThat(http.withBasicAuth("returns", "demo").postForEntity("/api/returns/dfe-feed/runs?full=true", null, JsonNode.class)
                .getBody().path("status").asText()).isEqualTo("sent");
        RECEIVED.clear();
        clock.set(at("2026-11-03T10:00"));
        String changed = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(prefix + "-4")
                .taskDefinitionKey("Task_DecideOnReferral").singleResult().getId();
        engine.getTaskService().complete(changed, Variables.putValue("decision", "no-further-action")
                .putValue("decisionReasons", "Reasons").putValue("referrerInformed", "yes"));

        ResponseEntity<JsonNode> run = http.withBasicAuth("returns", "demo").postForEntity("/api/returns/dfe-feed/runs", null, JsonNode.class);

        assertThat(run.getBody().path("status").asText()).isEqualTo("sent");
        assertThat(run.getBody().path("children").asInt()).isEqualTo(1);
        assertThat(RECEIVED).singleElement().satisfies(received ->
                assertThat(received.body().get(0).path("la_child_id").asText()).isEqualTo(prefix + "4"));
    }

    @Test
    void anEpisodesSocialWorkersGoInTurnsEachNamedAsDfeAsks() {
        engine.getIdentityService().setUserInfo("sw.north", Names.SWE_NUMBER, "SW104233");
        try {
            String decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(prefix + "-6")
                    .taskDefinitionKey("Task_DecideOnReferral").singleResult().getId();
            clock.set(at("2026-11-02T12:00"));
            engine.getTaskService().claim(decision, "sw.north");
            clock.set(at("2026-11-03T12:00"));
            engine.getTaskService().claim(decision, "sw.north"); // taking up the same task again is the same turn
            clock.set(at("2026-11-04T12:00"));
            engine.getTaskService().setAssignee(decision, "sw.south");
            // a manager's agreement is not casework: the managers' tasks are not turns
            engine.getTaskService().complete(decision, Variables.putValue("decision", "assessment")
                    .putValue("decisionReasons", "Reasons").putValue("referrerInformed", "yes"));
            String agreement = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(prefix + "-6")
                    .taskDefinitionKey("Task_AgreeReferralDecision").singleResult().getId();
            engine.getTaskService().claim(agreement, "tm.north");

            JsonNode feed = http.withBasicAuth("returns", "demo").getForEntity("/api/returns/dfe-feed", JsonNode.class).getBody();
            JsonNode child = java.util.stream.StreamSupport.stream(feed.spliterator(), false)
                    .filter(record -> record.path("la_child_id").asText().equals(prefix + "6")).findFirst().orElseThrow();
            JsonNode workers = child.path("social_care_episodes").get(0).path("care_worker_details");
            assertThat(workers).hasSize(2);
            // their Social Work England number where the identity service holds it
            assertThat(workers.get(0).path("worker_id").asText()).isEqualTo("SW104233");
            assertThat(workers.get(0).path("start_date").asText()).isEqualTo("2026-11-02");
            assertThat(workers.get(0).path("end_date").asText()).isEqualTo("2026-11-04");
            // else an id of DfE's pattern made from the user id (sw.south has a dot), the same each day
            assertThat(workers.get(1).path("worker_id").asText()).matches("W[A-Z0-9]{11}");
            assertThat(workers.get(1).path("start_date").asText()).isEqualTo("2026-11-04");
            assertThat(workers.get(1).has("end_date")).isFalse();
            assertThat(DfeSchema.problems(new ObjectMapper().createArrayNode().add(child))).isEmpty();

            // and the team manager sees the change of social worker, per child and per team
            JsonNode changes = http.withBasicAuth("tm.north", "demo").getForEntity("/api/oversight/worker-changes", JsonNode.class).getBody();
            JsonNode changed = java.util.stream.StreamSupport.stream(changes.path("children").spliterator(), false)
                    .filter(record -> record.path("childId").asText().equals(prefix + "6")).findFirst().orElseThrow();
            assertThat(changed.path("changes").asInt()).isOne();
            assertThat(changed.path("workers").toString()).isEqualTo("[\"sw.north\",\"sw.south\"]");
            assertThat(changes.path("teams").get(0).path("team").asText()).isEqualTo("north");
            assertThat(changes.path("teams").get(0).path("changes").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(http.withBasicAuth("sw.north", "demo").getForEntity("/api/oversight/worker-changes", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            engine.getIdentityService().deleteUserInfo("sw.north", Names.SWE_NUMBER);
        }
    }

    @Test
    void onlyTheReturnsLeadSendsItAndReadersSeeWhatWouldGo() {
        assertThat(http.withBasicAuth("hos", "demo").postForEntity("/api/returns/dfe-feed/runs", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("sw.north", "demo").getForEntity("/api/returns/dfe-feed", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/returns/dfe-feed/runs", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> north = http.withBasicAuth("tm.north", "demo").getForEntity("/api/returns/dfe-feed", JsonNode.class);
        assertThat(DfeSchema.problems(north.getBody())).contains("the batch holds " + north.getBody().size() + " children, more than 100");
        assertThat(north.getBody().toString()).contains(prefix + "0").doesNotContain("\"" + prefix + "1\"");
        ResponseEntity<JsonNode> bad = http.withBasicAuth("returns", "demo").getForEntity("/api/returns/dfe-feed?since=yesterday", JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("field").asText()).isEqualTo("since");
        assertThat(RECEIVED).as("reading sends nothing").isEmpty();
    }

    private static HttpServer dfe() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            ObjectMapper json = new ObjectMapper();
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int refusal = REFUSALS_TO_COME.getAndDecrement();
                if (refusal > 0) {
                    RECEIVED.add(new Received(exchange.getRequestURI().getPath(), null, null));
                    exchange.sendResponseHeaders(refusal == 2 ? 429 : 503, -1);
                } else {
                    RECEIVED.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"), json.readTree(body)));
                    byte[] receipt = ("\"" + UUID.randomUUID() + "\"").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, receipt.length);
                    exchange.getResponseBody().write(receipt);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
