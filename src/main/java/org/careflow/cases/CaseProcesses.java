package org.careflow.cases;

import java.util.List;

/** The processes a case runs through, each started by the one before or on its own; escalations and reviews are not among them. */
public final class CaseProcesses {

    public static final List<String> KEYS = List.of(
            "referral", "assessment", "section47", "childInNeedPlan", "childProtectionPlan", "careProceedings", "lookedAfter",
            "careLeaver");

    /**
     * The keys as a list of SQL literals, for a query that must name them to the planner rather than
     * bind them: the ledger's window index on PostgreSQL leaves the escalations' steps out (db/ledger-postgres/V14),
     * and the planner uses such a partial index only where it can see that the query asks for no
     * escalation, whatever plan it keeps for a prepared statement. Constants of this class, not input.
     */
    public static final String AS_SQL_LIST = String.join(", ", KEYS.stream().map(key -> "'" + key + "'").toList());

    private CaseProcesses() {
    }
}
