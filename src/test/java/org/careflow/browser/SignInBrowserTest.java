package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on with the council's OpenID Connect provider, a local one the test starts
 * (mock-oauth2-server, with its sign-in page): a team manager signs in there, lands in Tasklist as
 * themselves with their directory group mapped to CareFlow's, and sees their team's overdue step;
 * someone of no CareFlow group is not let in; logging out means signing in again.
 */
@BrowserTest
class SignInBrowserTest {

    static final MockOAuth2Server COUNCIL = started();

    @DynamicPropertySource
    static void theCouncilsProvider(DynamicPropertyRegistry registry) {
        String issuer = COUNCIL.issuerUrl("council").toString();
        registry.add("spring.security.oauth2.client.registration.council.client-id", () -> "careflow");
        registry.add("spring.security.oauth2.client.registration.council.client-secret", () -> "not-a-secret");
        registry.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> issuer);
        registry.add("careflow.oidc.issuer", () -> issuer);
        registry.add("careflow.oidc.groups.north-managers", () -> "sg-childrens-north-managers");
    }

    @AfterAll
    static void stopTheProvider() {
        COUNCIL.shutdown();
    }

    @Autowired
    ProcessEngine engine;

    @Test
    void aTeamManagerSignsInAtTheCouncilsProviderAndSeesTheirTeamsOverdueStep(Browser browser) {
        Cases cases = new Cases(engine);
        String caseReference = cases.referral("north", "2025-01-06");
        cases.escalateWhatIsOverdue();

        browser.go("/camunda/app/tasklist/");
        signInAtTheProvider(browser, "tm.north", "[\"sg-childrens-north-managers\", \"sg-all-staff\"]");

        Tasklist tasklist = Tasklist.signedIn(browser).showFilter("Overdue");
        assertThat(tasklist.taskNames()).contains("Decide on referral · " + caseReference);
        browser.screenshot("sign-in-1-team-manager-in-tasklist");

        tasklist.logOut();
        browser.go("/camunda/app/tasklist/");
        browser.waitFor(By.name("username"));
        assertThat(browser.visibleText()).contains("Mock OAuth2 Server Sign-in");
    }

    @Test
    void someoneOfNoCareFlowGroupIsNotLetIn(Browser browser) {
        browser.go("/camunda/app/tasklist/");
        signInAtTheProvider(browser, "fin.ance", "[\"sg-finance\"]");

        browser.waitUntil(driver -> browser.visibleText().contains("You are signed in, but not to CareFlow") ? true : null);
        assertThat(browser.visibleText()).contains("None of your groups in the council's directory is a CareFlow team or role");
        assertThat(browser.findAll(By.cssSelector("[cam-tasks]"))).isEmpty();
        browser.screenshot("sign-in-2-no-careflow-group");
    }

    /** The provider's own sign-in page: a user, and the claims its directory would give them. */
    private static void signInAtTheProvider(Browser browser, String user, String groups) {
        browser.waitFor(By.name("username")).sendKeys(user);
        browser.find(By.name("claims")).sendKeys("{\"preferred_username\": \"" + user + "\", \"groups\": " + groups + "}");
        browser.find(By.cssSelector("input[type=submit]")).click();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        server.start();
        return server;
    }
}
