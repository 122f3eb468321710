package org.careflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import javax.sql.DataSource;
import org.careflow.CareFlowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** CareFlow's indexes go onto Camunda's tables once, after the engine made them, and stay through restarts (H2 here; PostgreSQL in TwoNodeClusterTest). */
class DatabaseMigrationsTest {

    @TempDir
    Path data;

    @Test
    void theIndexesAreCreatedOnceAfterTheEnginesSchema() {
        try (var first = start("careflow")) {
            assertThat(careflowIndexes(first)).containsExactlyInAnyOrder(
                    "CF_IDX_JOB_ACQUISITION", "CF_IDX_JOB_LOCKED", "CF_IDX_TASK_DUE", "CF_IDX_TASK_FOLLOW_UP", "CF_IDX_AUTH_USER");
        }
        try (var second = start("careflow")) {
            assertThat(jdbc(second).queryForList("select \"version\" from \"" + DatabaseMigrations.HISTORY_TABLE
                    + "\" where \"success\" and \"version\" <> '0'", String.class)).containsExactly("1", "2", "3");
            assertThat(careflowIndexes(second)).hasSize(5);
        }
    }

    @Test
    void grantsThatOutliveTheTeamAreRemovedFromADatabaseMadeBeforeThem() {
        try (var before = start("older", "--careflow.database.migrate=false")) {
            AuthorizationService authorizations = before.getBean(ProcessEngine.class).getAuthorizationService();
            grant(authorizations, Resources.TASK, "some-task", null, "sw.north", Permissions.READ);
            grant(authorizations, Resources.PROCESS_INSTANCE, "some-case", "north-managers", null,
                    Permissions.READ, ProcessInstancePermissions.UPDATE_VARIABLE);
            // What Camunda's default gave each new user on their own account
            Authorization own = authorizations.createAuthorizationQuery().resourceType(Resources.USER)
                    .resourceId("sw.north").userIdIn("sw.north").singleResult();
            own.setPermissions(new Permission[] {Permissions.ALL});
            authorizations.saveAuthorization(own);
        }
        try (var after = start("older")) {
            AuthorizationService authorizations = after.getBean(ProcessEngine.class).getAuthorizationService();
            assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).userIdIn("sw.north").count()).isZero();
            Authorization managers = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                    .resourceId("some-case").singleResult();
            assertThat(managers.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(managers.isPermissionGranted(ProcessInstancePermissions.UPDATE_VARIABLE)).isFalse();
            Authorization ownProfile = authorizations.createAuthorizationQuery().resourceType(Resources.USER)
                    .resourceId("sw.north").userIdIn("sw.north").singleResult();
            assertThat(ownProfile.isPermissionGranted(Permissions.UPDATE)).isTrue();
            assertThat(ownProfile.isPermissionGranted(Permissions.DELETE)).isFalse();
        }
    }

    private static void grant(AuthorizationService authorizations, Resource resource, String id, String group, String user,
                              Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(resource);
        grant.setResourceId(id);
        grant.setGroupId(group);
        grant.setUserId(user);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    @Test
    void stockCamundaCanBeMeasuredWithoutThem() {
        try (var stock = start("stock", "--careflow.database.migrate=false")) {
            assertThat(careflowIndexes(stock)).isEmpty();
            // CareFlow's own table is CareFlow, not a change to Camunda: it is there to measure against
            assertThat(jdbc(stock).queryForObject("select count(*) from CF_STEP", Long.class)).isNotNull();
        }
    }

    private static List<String> careflowIndexes(ConfigurableApplicationContext app) {
        return jdbc(app).queryForList("select INDEX_NAME from INFORMATION_SCHEMA.INDEXES where INDEX_NAME like 'CF_IDX_%'",
                String.class);
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(DataSource.class));
    }

    private ConfigurableApplicationContext start(String database, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:file:" + data.resolve(database).toAbsolutePath();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(CareFlowApplication.class).profiles("test").run(all);
    }
}
