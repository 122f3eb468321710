package org.careflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.EngineClock;
import org.careflow.cases.CaseProcesses;
import org.careflow.organisation.ManagedTeams;
import org.careflow.organisation.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The oversight view reads the ledger, and isolates teams by the reader's groups against the group
 * that works each step; Camunda answers the same question with its own authorizations. For every
 * role, before and after a reallocation, the two give the same steps.
 */
@SpringBootTest
@ActiveProfiles("test")
class OversightAgreesWithTheEngineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    OpenSteps openSteps;
    @Autowired
    ManagedTeams managedTeams;

    @AfterEach
    void signOutAndResetTheClock() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tm.north", "tm.south", "hos"})
    void theLedgerGivesEachManagerTheStepsTheEngineLetsThemSee(String manager) {
        ClockUtil.setCurrentTime(at("2026-12-24T17:00"));
        List<String> cases = List.of(start("north"), start("north"), start("south"));
        ClockUtil.setCurrentTime(at("2027-01-06T09:00"));

        assertThat(fromTheLedger(manager)).isNotEmpty().isEqualTo(fromTheEngine(manager));

        // a manager moves a north case to a worker: its steps stay with north, under the worker's name
        engine.getIdentityService().clearAuthentication();
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cases.get(0)).list().get(0);
        engine.getTaskService().setAssignee(task.getId(), "sw.north");
        assertThat(fromTheLedger(manager)).isEqualTo(fromTheEngine(manager));
    }

    private Set<String> fromTheLedger(String manager) {
        signIn(manager);
        Set<String> tasks = new TreeSet<>();
        OpenSteps.Steps steps = openSteps.of(managedTeams.ofCurrentUser(), new OpenSteps.Filter(null, null),
                new OpenSteps.Page(0, 500));
        steps.rows().forEach(row -> tasks.add(row.taskId()));
        assertThat(steps.total()).isEqualTo(tasks.size());
        return tasks;
    }

    /** The question as the engine answers it for the signed-in manager, through Camunda's authorizations. */
    private Set<String> fromTheEngine(String manager) {
        signIn(manager);
        List<String> groups = new ArrayList<>();
        managedTeams.ofCurrentUser().forEach(team -> {
            groups.add(team);
            groups.add(Organisation.managersOf(team));
        });
        Set<String> tasks = new TreeSet<>();
        engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .processDefinitionKeyIn(CaseProcesses.KEYS.toArray(String[]::new))
                .or().dueBefore(EngineClock.nowAsDate()).followUpBefore(EngineClock.nowAsDate()).endOr()
                .list().forEach(task -> tasks.add(task.getId()));
        return tasks;
    }

    private void signIn(String user) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList();
        engine.getIdentityService().setAuthentication(user, groups);
    }

    private String start(String team) {
        String caseReference = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference,
                Variables.putValue("team", team).putValue("referralReceivedAt", "2026-12-24T16:00:00Z"));
        return caseReference;
    }
}
