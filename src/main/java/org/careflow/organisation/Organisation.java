package org.careflow.organisation;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;

/**
 * How CareFlow reads Camunda's identity service: a team is a group of type {@value #TEAM_TYPE},
 * and its managers are the group {@code <team>-managers}.
 */
public final class Organisation {

    public static final String TEAM_TYPE = "team";
    public static final String MANAGERS_TYPE = "managers";
    public static final String HEADS_OF_SERVICE = "heads-of-service";
    public static final String PROCESS_OWNERS = "process-owners";
    /** The authority's returns lead (performance and data teams): reads every team's record, for the returns. */
    public static final String RETURNS = "returns";
    /** Independent reviewing officers: they chair looked-after children's reviews, whichever team holds the case. */
    public static final String IRO = "iro";
    /** Personal advisers: they keep in touch with care leavers, whichever team holds the case. */
    public static final String PERSONAL_ADVISERS = "personal-advisers";

    /** Groups whose members take a child's steps on without being the child's social worker: the child's worker does not change when they do. */
    public static final List<String> NOT_CASEWORK = List.of(HEADS_OF_SERVICE, IRO, PERSONAL_ADVISERS);

    private Organisation() {
    }

    /**
     * The groups of a type, read from each group: a directory's identity provider (Camunda's LDAP
     * plugin) answers a query by type with every group, so the type is checked here, for either. As
     * the organisation, not as the user asking: which groups are teams is not a grant of theirs.
     */
    static List<Group> groupsOfType(IdentityService identityService, String type, GroupQuery query) {
        return AsSystem.run(identityService, () -> query.groupType(type).list()).stream()
                .filter(group -> type.equals(group.getType())).toList();
    }

    public static String managersOf(String team) {
        return team + "-managers";
    }

    /** Whether a task for this candidate group is the child's casework: not a manager's agreement or oversight, not an IRO's review. */
    public static boolean isCasework(String candidateGroup) {
        return candidateGroup == null || !candidateGroup.endsWith("-" + MANAGERS_TYPE) && !NOT_CASEWORK.contains(candidateGroup);
    }

    /** Whether someone in these groups oversees the team: its managers, or a head of service. */
    public static boolean oversees(Collection<String> groups, String team) {
        return groups.contains(HEADS_OF_SERVICE) || groups.contains(managersOf(team));
    }
}
