package org.careflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.organisation.Organisation;
import org.careflow.support.EngineClock;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Who reads the timeliness API, of which teams, and what it refuses: over HTTP, as the page and a returns lead use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TimelinessHttpTest {

    static final String PERIOD = "?from=2026-12-01&to=2027-01-31";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;

    @BeforeEach
    void aDecisionOnTimeInNorthAndOneLateInSouth() {
        returnsLead();
        clock = new EngineClock(engine.getManagementService());
        clock.set(at("2026-12-24T17:00"));
        String north = referral("north");
        String south = referral("south");
        clock.set(at("2026-12-29T10:00"));
        decide(north);
        clock.set(at("2026-12-31T10:00"));
        decide(south);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTeamManagerReadsTheirTeamOnly() {
        JsonNode report = get("tm.north", PERIOD).getBody();

        assertThat(report.path("teams").toString()).isEqualTo("[\"north\"]");
        JsonNode decisions = measure(report, "referral-decision");
        assertThat(decisions.path("byTeam")).hasSize(1);
        assertThat(decisions.path("byTeam").get(0).path("team").asText()).isEqualTo("north");
        assertThat(decisions.path("total").path("percent").asDouble()).isEqualTo(100.0);
        assertThat(decisions.path("byMonth").get(0).path("month").asText()).isEqualTo("2026-12");
        assertThat(report.path("counting").asText()).contains("day 0");

        ResponseEntity<JsonNode> south = get("tm.north", PERIOD + "&team=south");
        assertThat(south.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(south.getBody().path("field").asText()).isEqualTo("team");
    }

    @Test
    void aHeadOfServiceAndTheReturnsLeadReadEveryTeamWithTheNationalFigures() {
        for (String user : List.of("hos", "returns.lead")) {
            JsonNode report = get(user, PERIOD).getBody();
            List<String> teams = new ArrayList<>();
            report.path("teams").forEach(team -> teams.add(team.asText()));
            assertThat(teams).as(user).contains("north", "south");
            JsonNode south = measure(get(user, PERIOD + "&team=south").getBody(), "referral-decision");
            assertThat(south.path("total").path("percent").asDouble()).as(user).isEqualTo(0.0);
            assertThat(measure(report, "assessment-kpi").path("national").path("percent").asDouble()).isEqualTo(85.7);
            assertThat(measure(report, "icpc-dfe").path("national").path("percent").asDouble()).isEqualTo(81.4);
            assertThat(measure(report, "care-proceedings").path("limit").asInt()).isEqualTo(26);
        }
        ResponseEntity<JsonNode> unknown = get("returns.lead", PERIOD + "&team=nowhere");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("field").asText()).isEqualTo("team");
    }

    @Test
    void nobodyElseReadsIt() {
        assertThat(http.getForEntity("/api/timeliness" + PERIOD, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("sw.north", PERIOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("sw.north", PERIOD + "&team=north").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("demo", PERIOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("nobody.at.all", "wrong").getForEntity("/api/timeliness.csv" + PERIOD, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheParameter() {
        for (String[] refused : new String[][] {{"?from=2026-13-01&to=2027-01-31", "from"}, {"?from=2026-12-01&to=31/01/2027", "to"},
                {"?from=2027-02-01&to=2027-01-31", "to"}, {"?from=2020-01-01&to=2027-01-31", "from"}}) {
            ResponseEntity<JsonNode> answer = get("hos", refused[0]);
            assertThat(answer.getStatusCode()).as(refused[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(answer.getBody().path("field").asText()).as(refused[0]).isEqualTo(refused[1]);
        }
        assertThat(get("hos", "").getStatusCode()).as("the last twelve months by default").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSameFiguresComeAsCsv() {
        ResponseEntity<String> csv = http.withBasicAuth("tm.north", "demo").getForEntity("/api/timeliness.csv" + PERIOD, String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).startsWith("measure,title,basis,breakdown,team,worker,month,count,within,percent");
        // each test adds its decisions: every one of North's on time, a working day after the referral
        assertThat(lines).anyMatch(line -> line.matches("referral-decision,Referral decisions within 1 working day,statutory,"
                + "period,,,,(\\d+),\\1,100.0,1.0,.*"));
        assertThat(lines).noneMatch(line -> line.contains(",south,"));

        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> negotiated = http.withBasicAuth("tm.north", "demo")
                .exchange("/api/timeliness" + PERIOD, HttpMethod.GET, new HttpEntity<>(accept), String.class);
        assertThat(negotiated.getBody()).isEqualTo(csv.getBody());
    }

    private ResponseEntity<JsonNode> get(String user, String query) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/timeliness" + query, JsonNode.class);
    }

    private static JsonNode measure(JsonNode report, String id) {
        for (JsonNode measure : report.path("measures")) {
            if (measure.path("id").asText().equals(id)) {
                return measure;
            }
        }
        throw new AssertionError("no measure " + id);
    }

    private String referral(String team) {
        String caseReference = "CF-T-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference, Variables.putValue("team", team)
                .putValue("referralReceivedAt", "2026-12-24T16:00:00Z").putValue("childName", "Alex").putValue("concerns", "Bruising"));
        return caseReference;
    }

    private void decide(String caseReference) {
        var tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey("Task_DecideOnReferral")
                .singleResult().getId(), Variables.putValue("decision", "no-further-action").putValue("decisionReasons", "Reasons")
                .putValue("referrerInformed", "yes"));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey("Task_AgreeReferralDecision")
                .singleResult().getId(), Variables.putValue("managerAgrees", "yes").putValue("managerComments", "Agreed"));
    }

    /** The authority's returns lead (the contract's {@code returns}; the demo organisation adds them with the returns). */
    private void returnsLead() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(Organisation.RETURNS).count() == 0) {
            Group group = identity.newGroup(Organisation.RETURNS);
            group.setName("Returns");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId("returns.lead").count() == 0) {
            User user = identity.newUser("returns.lead");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership("returns.lead", Organisation.RETURNS);
        }
    }
}
