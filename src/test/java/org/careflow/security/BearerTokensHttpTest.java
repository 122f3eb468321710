package org.careflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens from the council's OpenID Connect provider on the engine's and CareFlow's APIs, with
 * a local provider started by the test (mock-oauth2-server): the user and groups the token names,
 * mapped to CareFlow's teams, see what those teams see and no more; a token of no CareFlow group, for
 * another audience, or from another provider is refused; HTTP Basic goes on working beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class BearerTokensHttpTest {

    static final MockOAuth2Server COUNCIL = started();
    static final MockOAuth2Server ELSEWHERE = started();

    @DynamicPropertySource
    static void theCouncilsProvider(DynamicPropertyRegistry registry) {
        registry.add("careflow.oidc.issuer", () -> COUNCIL.issuerUrl("council").toString());
        registry.add("careflow.oidc.audience", () -> "careflow");
        // the directory's groups by CareFlow's
        registry.add("careflow.oidc.groups.north", () -> "sg-childrens-north");
        registry.add("careflow.oidc.groups.north-managers", () -> "sg-childrens-north-managers");
        registry.add("careflow.oidc.groups.south", () -> "sg-childrens-south");
    }

    @AfterAll
    static void stopTheProviders() {
        COUNCIL.shutdown();
        ELSEWHERE.shutdown();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    String northCase;

    @BeforeEach
    void aNorthReferral() {
        northCase = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", northCase,
                Map.of("team", "north", "referralReceivedAt", "2026-11-30T09:00:00Z"));
    }

    @Test
    void aTokenOfTheTeamSeesItsTasksAndAnotherTeamsTokenDoesNot() {
        String north = token(COUNCIL, "council", "jo.north", "careflow", List.of("sg-childrens-north", "sg-all-staff"));
        String south = token(COUNCIL, "council", "kim.south", "careflow", List.of("sg-childrens-south"));

        assertThat(tasksOfTheCase(north)).isEqualTo("200 1");
        assertThat(tasksOfTheCase(south)).isEqualTo("200 0");
        // CareFlow's own API, as the same user
        assertThat(get("/api/oversight/steps", token(COUNCIL, "council", "ali.north", "careflow",
                List.of("sg-childrens-north-managers"))).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCareFlowGroupByItsOwnIdCountsWithoutAMapping() {
        assertThat(tasksOfTheCase(token(COUNCIL, "council", "sam.north", "careflow", List.of("north")))).isEqualTo("200 1");
    }

    @Test
    void aTokenOfNoCareFlowGroupForAnotherAudienceFromAnotherProviderOrForgedIsRefused() {
        for (String refused : List.of(
                token(COUNCIL, "council", "fin.ance", "careflow", List.of("sg-finance")),
                token(COUNCIL, "council", "jo.north", "payroll", List.of("sg-childrens-north")),
                token(ELSEWHERE, "council", "jo.north", "careflow", List.of("sg-childrens-north")),
                forged(token(COUNCIL, "council", "jo.south", "careflow", List.of("sg-childrens-south")),
                        token(COUNCIL, "council", "jo.south", "careflow", List.of("sg-childrens-north"))),
                "not-a-token")) {
            assertThat(tasksOfTheCase(refused)).as(refused).startsWith("401");
            assertThat(get("/api/oversight/steps", refused).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void httpBasicGoesOnWorkingBesideTokens() {
        ResponseEntity<String> basic = http.withBasicAuth("sw.north", "demo")
                .getForEntity("/engine-rest/task/count?processInstanceBusinessKey=" + northCase, String.class);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(basic.getBody()).isEqualTo("{\"count\":1}");
        assertThat(http.getForEntity("/engine-rest/task/count", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String tasksOfTheCase(String token) {
        ResponseEntity<String> answer = get("/engine-rest/task/count?processInstanceBusinessKey=" + northCase, token);
        return answer.getStatusCode().value() + (answer.getStatusCode().is2xxSuccessful()
                ? " " + answer.getBody().replaceAll("\\D", "") : "");
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static String token(MockOAuth2Server provider, String issuer, String user, String audience, List<String> groups) {
        return provider.issueToken(issuer, user, audience, Map.of("preferred_username", user, "groups", groups)).serialize();
    }

    /** The claims of one token under the signature of another: what someone who edits a token sends. */
    private static String forged(String signed, String wanted) {
        String[] signedParts = signed.split("\\.");
        String[] wantedParts = wanted.split("\\.");
        return wantedParts[0] + "." + wantedParts[1] + "." + signedParts[2];
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
