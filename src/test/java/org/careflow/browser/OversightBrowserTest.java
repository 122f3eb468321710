package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The oversight view, opened from Tasklist with the same login. */
@BrowserTest
class OversightBrowserTest {

    @Autowired
    ProcessEngine engine;

    String northCase;

    @BeforeEach
    void aNorthDecisionOverdueAndEscalated() {
        Cases cases = new Cases(engine);
        // received on Monday 6 January 2025: the decision was due on the 7th
        northCase = cases.referral("north", "2025-01-06");
        cases.escalateWhatIsOverdue();
    }

    @Test
    void aTeamManagerSeesTheirTeamsOverdueStepWithItsEscalation(Browser browser) {
        Tasklist.open(browser).logIn("tm.north").oversightLink().click();

        OversightPage oversight = OversightPage.loaded(browser);
        browser.screenshot("oversight-1-team-manager");

        assertThat(oversight.row(northCase))
                .containsEntry("Child", "Alex")
                .containsEntry("Step", "Decide on referral")
                .containsEntry("Worker", "Unallocated")
                .containsEntry("Deadline", "Tue 07/01/2025")
                .containsEntry("Escalation", "with head of service")
                .hasEntrySatisfying("Working days", days -> assertThat(days).matches("\\d+ overdue"));
    }

    @Test
    void aTeamManagerSeesHowOftenEachChildsSocialWorkerChanged(Browser browser) {
        // the decision taken on by Sam, then by a second north worker: two turns, one change
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("jo.north").count() == 0) {
            User jo = identity.newUser("jo.north");
            jo.setFirstName("Jo");
            jo.setLastName("North");
            identity.saveUser(jo);
            identity.createMembership("jo.north", "north");
        }
        String decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(northCase)
                .taskDefinitionKey("Task_DecideOnReferral").singleResult().getId();
        for (String worker : new String[] {"sw.north", "jo.north"}) {
            engine.getTaskService().setAssignee(decision, worker);
        }

        Tasklist.open(browser).logIn("tm.north").oversightLink().click();
        OversightPage oversight = OversightPage.loaded(browser);

        assertThat(oversight.workerChanges()).anySatisfy(child -> assertThat(child)
                .containsEntry("Child", "Alex").containsEntry("Team", "North team")
                .containsEntry("Workers in turn", "Sam North (social worker) → Jo North").containsEntry("Changes", "1"));
        assertThat(oversight.workerChangesByTeam()).containsKey("North team").doesNotContainKey("South team");
        browser.script("document.getElementById('worker-changes-heading').scrollIntoView()");
        browser.screenshot("oversight-worker-changes");
    }

    @Test
    void aReallocationSaysWhatMovedOrWhyNotAndKeepsSayingItAfterThePageReloads(Browser browser) {
        Tasklist.open(browser).logIn("tm.north").oversightLink().click();
        OversightPage oversight = OversightPage.loaded(browser);

        oversight.reallocate(northCase, "sw.north", "Sam takes the case while the duty worker is away");

        assertThat(oversight.reallocationMessage())
                .isEqualTo("Case " + northCase + " (team north) allocated to sw.north: 1 open task moved to them.");
        assertThat(oversight.row(northCase)).containsEntry("Worker", "Sam North (social worker)");
        browser.screenshot("oversight-3-reallocated");

        oversight.reallocate(northCase, "sw.south", "South has capacity");

        assertThat(oversight.reallocationMessage())
                .isEqualTo("Not reallocated: worker 'sw.south' is not a member of team 'north'");
        assertThat(oversight.marksRefused("worker")).isTrue();
        assertThat(oversight.row(northCase)).containsEntry("Worker", "Sam North (social worker)");
        browser.screenshot("oversight-4-reallocation-refused");
    }

    @Test
    void aHeadOfServiceNarrowsTheViewByNameAndOpensTheStepInTasklist(Browser browser) {
        String southCase = new Cases(engine).referral("south", "2025-01-06");
        Tasklist.open(browser).logIn("hos");
        browser.go("/oversight/");
        OversightPage oversight = OversightPage.loaded(browser);
        assertThat(oversight.caseReferences()).contains(northCase, southCase);
        assertThat(oversight.countsByTeam()).containsKeys("North team", "South team");
        browser.screenshot("oversight-5-head-of-service");

        oversight.choose("filter-team", "South team");

        assertThat(oversight.caseReferences()).contains(southCase).doesNotContain(northCase);
        oversight.choose("filter-team", "All my teams").choose("filter-step", "Decide on referral");
        assertThat(oversight.caseReferences()).contains(northCase, southCase);

        oversight.openTaskOf(northCase);

        browser.waitUntil(driver -> driver.getPageSource().contains("Decide on referral · " + northCase));
    }

    @Test
    void aTeamManagerIsOfferedCockpitWhichTheyMayUse(Browser browser) {
        Tasklist.open(browser).logIn("tm.north");
        browser.go("/oversight/");

        OversightPage oversight = OversightPage.loaded(browser);

        Boolean shown = browser.waitUntil(driver -> oversight.showsCockpitLink());
        assertThat(shown).isTrue();
    }

    @Test
    void aPractitionerOfAnotherTeamSeesNoneOfIt(Browser browser) {
        Tasklist.open(browser).logIn("sw.south");
        browser.go("/oversight/");

        OversightPage oversight = OversightPage.loaded(browser);
        browser.screenshot("oversight-2-practitioner-of-another-team");

        assertThat(oversight.caseReferences()).doesNotContain(northCase);
        assertThat(oversight.message()).contains("you manage no team");
        // Cockpit would answer them 403
        assertThat(oversight.showsCockpitLink()).isFalse();
    }
}
