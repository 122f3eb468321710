package org.careflow.returns;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the returns say of the authority and how they read its record.
 *
 * @param laCode            the authority's three-digit DfE local authority code, the CIN census' LEA and the DfE
 *                          feed's {@code la_code} (201 for the City of London); both are refused until it is set
 * @param nfaClosureReason  the reason for closure the census gives a referral that led to no further action
 *                          without an assessment (RC8 and RC9 are for cases closed after an assessment)
 * @param dfeFeed           where and how the DfE feed is sent
 */
@ConfigurationProperties("careflow.returns")
public record ReturnsProperties(String laCode, @DefaultValue("RC7") String nfaClosureReason, @DefaultValue DfeFeed dfeFeed) {

    /**
     * DfE's children's social care API.
     *
     * @param endpoint    the API's base address, before {@code /children_social_care_data/...}; unset, nothing is sent
     * @param token       the bearer token DfE's API portal issued
     * @param supplierKey the subscription key DfE's API portal issued, sent as {@code SupplierKey}
     * @param attempts    how many times a batch is sent while DfE answers 429 or 5xx
     * @param backoff     the wait before the second attempt, doubled before each later one
     * @param snapshot    how far back a full snapshot reaches: the children with an episode open since then
     */
    public record DfeFeed(URI endpoint, String token, String supplierKey, @DefaultValue("4") int attempts,
                          @DefaultValue("5s") Duration backoff, @DefaultValue("365d") Duration snapshot) {
    }
}
