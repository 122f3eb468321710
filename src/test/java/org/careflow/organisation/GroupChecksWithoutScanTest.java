package org.careflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's groups are checked without Camunda's scan of the grant table for the groups that have
 * grants, and every answer is the one Camunda's own manager gives: a group without a grant adds
 * nothing, a group's revoke still takes away.
 */
class GroupChecksWithoutScanTest extends ProcessTest {

    private static final String SCAN = "selectAuthorizedGroupIds";
    private static final String GRANTLESS = "no-grant-" + UUID.randomUUID().toString().substring(0, 8);

    private final List<String> created = new ArrayList<>();
    private ProcessEngineConfigurationImpl configuration;

    @BeforeEach
    void countStatements() {
        configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (!mybatis.getInterceptors().contains(StatementCounter.INSTANCE)) {
            mybatis.addInterceptor(StatementCounter.INSTANCE);
        }
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        engine.getIdentityService().clearAuthentication();
        created.forEach(engine.getAuthorizationService()::deleteAuthorization);
    }

    @Test
    void everyCommandOfALoggedInUserRunsWithoutTheScan() {
        Object manager = configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(GroupChecksWithoutScan.UnscannedGroups.class);
        int before = StatementCounter.INSTANCE.executions(SCAN);

        engine.getIdentityService().setAuthentication("sw.north", List.of("north", GRANTLESS));
        ProcessInstance referral = startReferral();
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).list();
        engine.getTaskService().claim(tasks.get(0).getId(), "sw.north");
        engine.getTaskService().createTaskQuery().taskCandidateGroup("north").includeAssignedTasks().count();

        assertThat(tasks).hasSize(1);
        assertThat(StatementCounter.INSTANCE.executions(SCAN)).isEqualTo(before);
        // and the counter does see the scan when Camunda's own manager runs it
        configuration.getCommandExecutorTxRequired().execute(context ->
                new AuthorizationManager().filterAuthenticatedGroupIds(List.of("north")));
        assertThat(StatementCounter.INSTANCE.executions(SCAN)).isEqualTo(before + 1);
    }

    @Test
    void aGroupWithoutAGrantChangesNoAnswer() {
        ProcessInstance referral = startReferral();
        String task = taskOf(referral);

        for (List<String> groups : List.<List<String>>of(List.of("north"), List.of("south"), List.of("north-managers"), List.of())) {
            List<String> withGrantless = new ArrayList<>(groups);
            withGrantless.add(GRANTLESS);
            assertThat(seenBy("sw.north", withGrantless)).isEqualTo(seenBy("sw.north", groups));
            assertSameAsCamunda("sw.north", withGrantless, READ, TASK, task);
            assertSameAsCamunda("sw.north", withGrantless, UPDATE, TASK, task);
            assertSameAsCamunda("sw.north", withGrantless, READ, PROCESS_INSTANCE, referral.getId());
            assertSameAsCamunda("sw.north", withGrantless, READ, PROCESS_DEFINITION, "referral");
        }
        assertThat(seenBy("nobody", List.of(GRANTLESS)).tasks()).isEmpty();
    }

    @Test
    void aGroupsRevokeStillTakesAwayWhatItsGrantOfAllGives() {
        String revokedTask = taskOf(startReferral());
        String otherTask = taskOf(startReferral());
        String group = "revoking-" + UUID.randomUUID().toString().substring(0, 8);
        authorization(Authorization.AUTH_TYPE_GRANT, group, "*", true);
        authorization(AUTH_TYPE_REVOKE, group, revokedTask, false);

        Seen alone = seenBy("sw.south", List.of(group));
        Seen withGrantless = seenBy("sw.south", List.of(group, GRANTLESS));

        assertThat(alone.tasks()).contains(otherTask).doesNotContain(revokedTask);
        assertThat(withGrantless).isEqualTo(alone);
        for (String task : List.of(revokedTask, otherTask)) {
            assertSameAsCamunda("sw.south", List.of(group, GRANTLESS), READ, TASK, task);
            assertSameAsCamunda("sw.south", List.of(group, "south", GRANTLESS), READ, TASK, task);
        }
    }

    private void authorization(int type, String group, String task, boolean grant) {
        Authorization authorization = engine.getAuthorizationService().createNewAuthorization(type);
        authorization.setGroupId(group);
        authorization.setResource(TASK);
        authorization.setResourceId(task);
        if (grant) {
            authorization.addPermission(READ);
        } else {
            authorization.removePermission(READ);
        }
        created.add(engine.getAuthorizationService().saveAuthorization(authorization).getId());
    }

    private record Seen(List<String> tasks, long taskCount, List<String> cases, long historicTasks) {
    }

    /** What a user with these groups finds through the engine's authorization-checked queries. */
    private Seen seenBy(String user, List<String> groups) {
        return as(user, groups, () -> new Seen(
                engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().stream().map(Task::getId).toList(),
                engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of("north", "south")).count(),
                engine.getRuntimeService().createProcessInstanceQuery().orderByProcessInstanceId().asc().list().stream()
                        .map(ProcessInstance::getId).toList(),
                engine.getHistoryService().createHistoricTaskInstanceQuery().count()));
    }

    /** The single check ({@code isAuthorized}, the revoke-in-use check included) answers as Camunda's own manager does. */
    private void assertSameAsCamunda(String user, List<String> groups, Permission permission, Resource resource, String id) {
        boolean careflow = configuration.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().isAuthorized(user, groups, permission, resource, id));
        boolean camunda = configuration.getCommandExecutorTxRequired().execute(context ->
                new AuthorizationManager().isAuthorized(user, groups, permission, resource, id));
        assertThat(careflow).as("%s %s on %s %s for %s", permission.getName(), resource.resourceName(), id, groups, user)
                .isEqualTo(camunda);
    }

    private <T> T as(String user, List<String> groups, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance startReferral() {
        clock.set(at("2026-12-02T10:00"));
        return engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-02T09:00:00Z"));
    }

    private String taskOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    /** Counts the statements MyBatis runs, by their id in Camunda's mappings. */
    @Intercepts(@Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
    static final class StatementCounter implements Interceptor {

        static final StatementCounter INSTANCE = new StatementCounter();
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            String id = ((MappedStatement) invocation.getArgs()[0]).getId();
            counts.computeIfAbsent(id.substring(id.lastIndexOf('.') + 1), key -> new AtomicInteger()).incrementAndGet();
            return invocation.proceed();
        }

        int executions(String statement) {
            return counts.getOrDefault(statement, new AtomicInteger()).get();
        }

        @Override
        public void setProperties(Properties properties) {
        }
    }
}
