package org.careflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo organisation of shared/contract.md, with the web apps each role needs. */
class DemoOrganisationTest extends ProcessTest {

    @Autowired
    AuthorizationService authorizations;

    @Test
    void everyDemoUserIsInTheGroupsOfTheContract() {
        assertThat(groupsOf("demo")).containsExactlyInAnyOrder("camunda-admin", "process-owners");
        assertThat(groupsOf("sw.north")).containsExactly("north");
        assertThat(groupsOf("tm.north")).containsExactly("north-managers");
        assertThat(groupsOf("sw.south")).containsExactly("south");
        assertThat(groupsOf("tm.south")).containsExactly("south-managers");
        assertThat(groupsOf("hos")).containsExactly("heads-of-service");
        assertThat(engine.getIdentityService().checkPassword("sw.north", "demo")).isTrue();
    }

    @Test
    void eachRoleReachesTheWebAppsItNeeds() {
        assertThat(mayOpen("demo", "admin")).isTrue();
        assertThat(mayOpen("demo", "cockpit")).isTrue();
        assertThat(mayOpen("tm.north", "cockpit")).isTrue();
        assertThat(mayOpen("hos", "cockpit")).isTrue();
        assertThat(mayOpen("sw.north", "tasklist")).isTrue();
        assertThat(mayOpen("sw.north", "cockpit")).isFalse();
        assertThat(mayOpen("sw.north", "admin")).isFalse();
    }

    boolean mayOpen(String user, String app) {
        return authorizations.isUserAuthorized(user, groupsOf(user), ACCESS, APPLICATION, app);
    }

    List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    }
}
