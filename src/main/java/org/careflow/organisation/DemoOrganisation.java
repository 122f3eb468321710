package org.careflow.organisation;

import static org.careflow.organisation.Organisation.HEADS_OF_SERVICE;
import static org.careflow.organisation.Organisation.MANAGERS_TYPE;
import static org.careflow.organisation.Organisation.PROCESS_OWNERS;
import static org.careflow.organisation.Organisation.TEAM_TYPE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo organisation of the contract: two teams, their managers, a head of service, a returns lead, an admin. */
public class DemoOrganisation {

    public static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo", "Demo", "Administrator", List.of(Groups.CAMUNDA_ADMIN, PROCESS_OWNERS)),
            new DemoUser("sw.north", "Sam", "North (social worker)", List.of("north")),
            new DemoUser("tm.north", "Taylor", "North (team manager)", List.of("north-managers")),
            new DemoUser("sw.south", "Sasha", "South (social worker)", List.of("south")),
            new DemoUser("tm.south", "Toni", "South (team manager)", List.of("south-managers")),
            new DemoUser("hos", "Harper", "Head of Service", List.of(HEADS_OF_SERVICE)),
            new DemoUser("returns", "Robin", "Returns Lead", List.of(Organisation.RETURNS)),
            new DemoUser("iro", "Indira", "Reviewing Officer (IRO)", List.of(Organisation.IRO)),
            new DemoUser("adviser", "Alex", "Personal Adviser", List.of(Organisation.PERSONAL_ADVISERS)));

    public static List<String> userIds() {
        return USERS.stream().map(DemoUser::id).toList();
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);

    private final IdentityService identityService;
    private final Grants grants;

    DemoOrganisation(IdentityService identityService, Grants grants) {
        this.identityService = identityService;
        this.grants = grants;
    }

    void create() {
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        // What the starter grants when it creates an administrator itself (production): Admin needs them.
        for (Resource resource : Resources.values()) {
            grants.toGroup(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        group(PROCESS_OWNERS, "Process owners", Groups.GROUP_TYPE_WORKFLOW);
        group(HEADS_OF_SERVICE, "Heads of service", Groups.GROUP_TYPE_WORKFLOW);
        group(Organisation.RETURNS, "Returns lead", Groups.GROUP_TYPE_WORKFLOW);
        group(Organisation.IRO, "Independent reviewing officers", Groups.GROUP_TYPE_WORKFLOW);
        group(Organisation.PERSONAL_ADVISERS, "Personal advisers", Groups.GROUP_TYPE_WORKFLOW);
        for (String team : List.of("north", "south")) {
            String name = Character.toUpperCase(team.charAt(0)) + team.substring(1);
            group(team, name + " team", TEAM_TYPE);
            group(Organisation.managersOf(team), name + " team managers", MANAGERS_TYPE);
        }
        USERS.forEach(this::user);
        LOG.warn("Demo organisation enabled: users {} with password '{}'. Never in production.", userIds(), PASSWORD);
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void user(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@careflow.invalid");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String group : demo.groups()) {
            if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                identityService.createMembership(demo.id(), group);
            }
        }
    }
}
