package org.careflow.cases;

import java.util.List;

/** The processes a case runs through, each started by the one before or on its own; escalations and reviews are not among them. */
public final class CaseProcesses {

    public static final List<String> KEYS = List.of(
            "referral", "assessment", "section47", "childInNeedPlan", "childProtectionPlan", "careProceedings", "lookedAfter",
            "careLeaver");

    private CaseProcesses() {
    }
}
