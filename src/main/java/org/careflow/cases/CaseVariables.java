package org.careflow.cases;

import java.util.Set;
import org.careflow.children.ChildVariables;

/** Variables every case process carries (shared/contract.md). */
public final class CaseVariables {

    public static final String TEAM = "team";
    /** The child's name, as the referral records it: what a manager recognises the case by. */
    public static final String CHILD_NAME = ChildVariables.NAME;
    /** The child's identifier in the returns: the same child in every process of the case. */
    public static final String CHILD_ID = ChildVariables.CHILD_ID;
    /** The worker a manager allocated the case to (reallocation). */
    public static final String ALLOCATED_WORKER = "allocatedWorker";
    /** The end of care proceedings as the court extended it. */
    public static final String PROCEEDINGS_END = "proceedingsEndOn";
    /**
     * Dates the court lists hearings for, which deadlines count back from (the advocates' meetings):
     * planned, so later than now, and on a business day. A hearing is relisted by changing one.
     */
    public static final Set<String> LISTED_HEARINGS = Set.of("cmhListedOn", "fcmhListedOn", "irhListedOn", "finalHearingListedOn");
    /** Read when a start form cannot set the business key, which is the case reference. */
    public static final String CASE_REFERENCE = "caseReference";

    private CaseVariables() {
    }
}
