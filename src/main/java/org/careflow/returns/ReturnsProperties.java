package org.careflow.returns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the returns say of the authority and how they read its record.
 *
 * @param laCode            the authority's three-digit DfE local authority code, the CIN census' LEA (201 for
 *                          the City of London); the census is refused until it is set
 * @param nfaClosureReason  the reason for closure the census gives a referral that led to no further action
 *                          without an assessment (RC8 and RC9 are for cases closed after an assessment)
 */
@ConfigurationProperties("careflow.returns")
public record ReturnsProperties(String laCode, @DefaultValue("RC7") String nfaClosureReason) {
}
