package org.careflow.oversight;

import java.util.List;

/**
 * A worker's open cases against the local limit, and how often each case changed worker lately.
 *
 * @param cases each open case with its allocations in the last 12 months
 */
record Caseload(String team, String worker, int openCases, int limit, boolean overLimit, List<CaseAllocation> cases) {

    record CaseAllocation(String caseReference, long allocationsInLast12Months) {
    }
}
