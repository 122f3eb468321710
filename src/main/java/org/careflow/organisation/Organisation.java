package org.careflow.organisation;

import java.util.List;

/**
 * How CareFlow reads Camunda's identity service: a team is a group of type {@value #TEAM_TYPE},
 * and its managers are the group {@code <team>-managers}.
 */
public final class Organisation {

    public static final String TEAM_TYPE = "team";
    public static final String MANAGERS_TYPE = "managers";
    public static final String HEADS_OF_SERVICE = "heads-of-service";
    public static final String PROCESS_OWNERS = "process-owners";

    /** The processes a case is made of: their user tasks are the case's steps (an escalation's are not). */
    public static final List<String> CASE_PROCESSES = List.of(
            "referral", "assessment", "section47", "childProtectionPlan", "careProceedings");

    private Organisation() {
    }

    public static String managersOf(String team) {
        return team + "-managers";
    }
}
