package org.careflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CareFlow on a council's directory (careflow.ldap): an LDAP server in memory, standing for Active
 * Directory, holds the people and their groups; Camunda's LDAP identity provider reads it. People
 * sign in with their directory password, teams and managers are the directory's groups (their type
 * an attribute of the group), team isolation holds on them, and nothing is written to the directory.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"careflow.demo.enabled=false", "careflow.ldap.enabled=true"})
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
class LdapDirectoryHttpTest {

    static final String PASSWORD = "Directory-Pa55!";
    static final String BASE = "dc=council,dc=example";
    static final InMemoryDirectoryServer DIRECTORY = directory();

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagedTeams managedTeams;

    static InMemoryDirectoryServer directory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials("cn=careflow,ou=services," + BASE, "service-secret");
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new ClassPathResource("ldap/council.ldif").getFile());
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("the test's directory did not start", e);
        }
    }

    @DynamicPropertySource
    static void theCouncilsDirectory(DynamicPropertyRegistry registry) {
        String directory = "careflow.ldap.directory.";
        registry.add(directory + "server-url", () -> "ldap://localhost:" + DIRECTORY.getListenPort() + "/");
        registry.add(directory + "manager-dn", () -> "cn=careflow,ou=services," + BASE);
        registry.add(directory + "manager-password", () -> "service-secret");
        registry.add(directory + "base-dn", () -> BASE);
        registry.add(directory + "user-search-base", () -> "ou=people");
        registry.add(directory + "user-search-filter", () -> "(objectclass=inetOrgPerson)");
        registry.add(directory + "user-id-attribute", () -> "uid");
        registry.add(directory + "user-firstname-attribute", () -> "givenName");
        registry.add(directory + "user-lastname-attribute", () -> "sn");
        registry.add(directory + "user-email-attribute", () -> "mail");
        registry.add(directory + "user-password-attribute", () -> "userPassword");
        registry.add(directory + "group-search-base", () -> "ou=groups");
        registry.add(directory + "group-search-filter", () -> "(objectclass=groupOfNames)");
        registry.add(directory + "group-id-attribute", () -> "cn");
        registry.add(directory + "group-name-attribute", () -> "description");
        registry.add(directory + "group-type-attribute", () -> "businessCategory");
        registry.add(directory + "group-member-attribute", () -> "member");
    }

    @AfterAll
    static void closeTheDirectory() {
        DIRECTORY.shutDown(true);
    }

    @Test
    void peopleSignInWithTheirDirectoryPasswordAndNobodyElseDoes() {
        assertThat(get("tm.north", PASSWORD, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("tm.north", "demo", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("somebody.else", PASSWORD, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("demo", "demo", "/engine-rest/task").getStatusCode()).as("no demo user beside the directory")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void teamsAndManagersAreTheDirectorysGroupsWithTheirTypes() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("tm.north").list()).singleElement()
                .satisfies(group -> assertThat(group.getId()).isEqualTo("north-managers"))
                .satisfies(group -> assertThat(group.getType()).isEqualTo(Organisation.MANAGERS_TYPE));
        assertThat(managedTeams.all()).as("the directory's groups of type team, though its plugin ignores a query's type")
                .containsExactly("north", "south");
        assertThat(Teams.isTeam(identityService, "heads-of-service")).isFalse();
        assertThat(identityService.createUserQuery().userId("sw.north").singleResult().getEmail())
                .isEqualTo("sam.north@council.example");
    }

    @Test
    void aCaseIsSeenByItsTeamItsManagersAndHeadsOfServiceOnly() {
        String caseReference = "CF-LDAP-" + UUID.randomUUID();
        ResponseEntity<JsonNode> started = anonymous.withBasicAuth("sw.north", PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/referral/start", Map.of("businessKey", caseReference, "variables", Map.of(
                        "team", Map.of("value", "north"), "referralReceivedAt", Map.of("value", "2026-12-01T10:00:00Z"))),
                JsonNode.class);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(tasksOfCase("sw.north", caseReference)).as("the team").isEqualTo(1);
        assertThat(tasksOfCase("tm.north", caseReference)).as("its managers").isEqualTo(1);
        assertThat(tasksOfCase("hos", caseReference)).as("heads of service").isEqualTo(1);
        assertThat(tasksOfCase("sw.south", caseReference)).as("another team").isZero();
        assertThat(tasksOfCase("tm.south", caseReference)).as("another team's managers").isZero();
    }

    @Test
    void theDirectorysAdministratorsAdministerAndNobodyWritesToTheDirectory() {
        assertThat(get("it.admin", PASSWORD, "/engine-rest/authorization/count").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("sw.north", PASSWORD, "/engine-rest/authorization/count").getBody().path("count").asLong())
                .as("a social worker reads no grant").isZero();

        ResponseEntity<JsonNode> created = anonymous.withBasicAuth("it.admin", PASSWORD).postForEntity("/engine-rest/user/create",
                Map.of("profile", Map.of("id", "new.person"), "credentials", Map.of("password", PASSWORD)), JsonNode.class);

        assertThat(created.getStatusCode().is4xxClientError()).as("%s %s", created.getStatusCode(), created.getBody()).isTrue();
        assertThat(identityService.createUserQuery().userId("new.person").count()).isZero();
    }

    private long tasksOfCase(String user, String caseReference) {
        return get(user, PASSWORD, "/engine-rest/task/count?processInstanceBusinessKey=" + caseReference).getBody()
                .path("count").asLong();
    }

    private ResponseEntity<JsonNode> get(String user, String password, String path) {
        return anonymous.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
    }
}
