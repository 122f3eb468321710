package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist offers only what the engine lets the user do: no "Create task" without the TASK CREATE
 * grant, no due or follow-up date editor without UPDATE (practitioners and managers have TASK_WORK),
 * no Cockpit in the app switcher without access to it. The deadline itself stays in view.
 */
@BrowserTest
class TasklistPermissionsBrowserTest {

    @Autowired
    ProcessEngine engine;

    String decision;

    @BeforeEach
    void aNorthDecisionOverdue() {
        // received on Monday 6 January 2025: the decision was due on the 7th, its reminder then too
        String caseReference = new Cases(engine).referral("north", "2025-01-06");
        decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_DecideOnReferral").singleResult().getId();
    }

    @Test
    void aPractitionerSeesTheDeadlineButNoControlThatWouldFail(Browser browser) {
        Tasklist tasklist = Tasklist.open(browser).logIn("sw.north").openTask(decision);

        assertThat(tasklist.offersCreateTask()).isFalse();
        assertThat(tasklist.otherApps()).doesNotContain("Cockpit");
        assertThat(tasklist.dates()).contains("ago");
        assertThat(tasklist.offersToResetDates()).isFalse();
        assertThat(tasklist.dueDateOpensAnEditor()).isFalse();
        browser.screenshot("tasklist-permissions-1-practitioner");
    }

    @Test
    void aTeamManagerHasCockpitButNeitherCreateTaskNorTheDateEditors(Browser browser) {
        Tasklist tasklist = Tasklist.open(browser).logIn("tm.north").openTask(decision);

        assertThat(tasklist.offersCreateTask()).isFalse();
        assertThat(tasklist.otherApps()).contains("Cockpit");
        assertThat(tasklist.offersToResetDates()).isFalse();
        assertThat(tasklist.dueDateOpensAnEditor()).isFalse();
        browser.screenshot("tasklist-permissions-2-team-manager");
    }

    @Test
    void aHeadOfServiceHasCockpit(Browser browser) {
        Tasklist tasklist = Tasklist.open(browser).logIn("hos");

        assertThat(tasklist.offersCreateTask()).isFalse();
        assertThat(tasklist.otherApps()).contains("Cockpit");
    }

    @Test
    void theAdministratorKeepsEveryControl(Browser browser) {
        Tasklist tasklist = Tasklist.open(browser).logIn("demo").openTask(decision);

        assertThat(tasklist.offersCreateTask()).isTrue();
        assertThat(tasklist.otherApps()).contains("Cockpit", "Admin");
        assertThat(tasklist.offersToResetDates()).isTrue();
        assertThat(tasklist.dueDateOpensAnEditor()).isTrue();
        browser.screenshot("tasklist-permissions-3-administrator");
    }
}
