package org.careflow.organisation;

import java.util.Collection;

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

    private Organisation() {
    }

    public static String managersOf(String team) {
        return team + "-managers";
    }

    /** Whether someone in these groups oversees the team: its managers, or a head of service. */
    public static boolean oversees(Collection<String> groups, String team) {
        return groups.contains(HEADS_OF_SERVICE) || groups.contains(managersOf(team));
    }
}
