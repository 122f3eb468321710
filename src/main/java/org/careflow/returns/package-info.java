/**
 * The statutory returns, built from the child's record: Ofsted's Annex A lists, DfE's Children in
 * Need census and DfE's daily feed. Each reads the children ({@code CF_CHILD}), their episodes (the
 * engine's history of their referrals, assessments, enquiries, plans and care proceedings) and the steps of those
 * episodes on the ledger, and writes them in the codes of {@code codes/codes.yaml}. Readable by the
 * returns lead and heads of service, and by team managers for their own teams.
 */
@ApplicationModule(displayName = "Returns", allowedDependencies = {"calendar", "cases", "children", "codes", "input", "organisation", "timescales"})
package org.careflow.returns;

import org.springframework.modulith.ApplicationModule;
