package org.careflow.cases;

import java.util.Set;

/** Variables every case process carries (shared/contract.md). */
public final class CaseVariables {

    public static final String TEAM = "team";
    /** The end of care proceedings as the court extended it. */
    public static final String PROCEEDINGS_END = "proceedingsEndOn";
    /** The dates of events the models' clocks run from (shared/contract.md and the models' start variables). */
    public static final Set<String> CLOCK_STARTS = Set.of("referralReceivedAt", "assessmentStartedOn", "thresholdMetAt",
            "strategyDiscussionOn", "initialConferenceOn", "lastCoreGroupOn", "lastReviewOn", "lastVisitOn",
            "legalGatewayOn", "issuedOn");
    /** Read when a start form cannot set the business key, which is the case reference. */
    public static final String CASE_REFERENCE = "caseReference";

    private CaseVariables() {
    }
}
