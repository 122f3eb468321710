/**
 * The child, not only the case: each child the authority works with has one record (table
 * {@code CF_CHILD}) under the identifier the returns accept, with the characteristics the returns ask
 * for in their codes. It is opened or brought up to date in the engine's transaction whenever a case
 * process of the child starts, and every process of the case carries the child's identifier, so the
 * child's referrals, assessments, enquiries and plans are episodes of one child.
 */
@ApplicationModule(displayName = "Children", allowedDependencies = {"calendar", "codes", "input", "timescales"})
package org.careflow.children;

import org.springframework.modulith.ApplicationModule;
