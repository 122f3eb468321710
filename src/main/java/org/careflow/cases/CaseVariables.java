package org.careflow.cases;

/** Variables every case process carries (shared/contract.md). */
public final class CaseVariables {

    public static final String TEAM = "team";
    /** Read when a start form cannot set the business key, which is the case reference. */
    public static final String CASE_REFERENCE = "caseReference";

    private CaseVariables() {
    }
}
