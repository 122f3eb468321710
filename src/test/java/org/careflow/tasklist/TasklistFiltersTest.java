package org.careflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TasklistFiltersTest extends ProcessTest {

    @Autowired
    TasklistFilters filters;

    String caseReference;

    @BeforeEach
    void startNorthReferral() {
        clock.set(at("2026-12-24T17:00"));
        caseReference = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference,
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aTeamSeesItsOwnTasksOnly() {
        assertThat(tasksOfThisCase("sw.north", List.of("north"), "My team's tasks"))
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_DecideOnReferral");
        assertThat(tasksOfThisCase("sw.south", List.of("south"), "My team's tasks")).isEmpty();
    }

    @Test
    void theStepShowsAsDueSoonOnItsReminderDayAndOverdueOnceItsDeadlinePasses() {
        assertThat(tasksOfThisCase("sw.north", List.of("north"), "Due soon")).isEmpty();

        clock.set(at("2026-12-29T09:00"));
        assertThat(tasksOfThisCase("sw.north", List.of("north"), "Due soon")).hasSize(1);
        assertThat(tasksOfThisCase("sw.north", List.of("north"), "Overdue")).isEmpty();

        clock.setAndFire(at("2026-12-30T09:00"));
        assertThat(tasksOfThisCase("sw.north", List.of("north"), "Overdue"))
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_DecideOnReferral");
        assertThat(tasksOfThisCase("tm.north", List.of("north-managers"), "Escalations"))
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_RecordOversight");
        assertThat(tasksOfThisCase("tm.south", List.of("south-managers"), "Escalations")).isEmpty();
    }

    @Test
    void aRestartDoesNotDuplicateTheFilters() {
        filters.postProcessEngineBuild(engine);

        for (String name : List.of("My tasks", "My team's tasks", "Overdue", "Due soon", "Escalations")) {
            assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).as(name).isOne();
        }
    }

    List<Task> tasksOfThisCase(String user, List<String> groups, String filterName) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
            List<Task> tasks = engine.getFilterService().list(filter.getId());
            return tasks.stream().filter(task -> task.getName().endsWith(caseReference)).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
