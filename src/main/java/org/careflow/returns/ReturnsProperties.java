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
 * @param preProceedingsOutcome the census' outcome of pre-proceedings (codes/codes.yaml's
 *                          {@code pre-proceedings-outcome}) for each decision that ends them
 * @param dfeFeed           where and how the DfE feed is sent
 * @param socialWorkerChange the SSDA903's reasons a child's social worker episode began: {@code first} for the
 *                          worker they had when they became looked after, {@code later} for each change (CareFlow
 *                          does not ask why a case was reallocated)
 */
@ConfigurationProperties("careflow.returns")
public record ReturnsProperties(String laCode, @DefaultValue("RC7") String nfaClosureReason,
                                @DefaultValue PreProceedingsOutcome preProceedingsOutcome, @DefaultValue DfeFeed dfeFeed,
                                @DefaultValue SocialWorkerChange socialWorkerChange) {

    /**
     * The SSDA903's SW_REASON of a social worker episode.
     *
     * @param first the worker the child had when they became looked after ({@code FCONTA})
     * @param later a new worker ({@code OTHERS}: the reason is not recorded)
     */
    public record SocialWorkerChange(@DefaultValue("FCONTA") String first, @DefaultValue("OTHERS") String later) {
    }

    /**
     * The outcome pre-proceedings are returned with, from the decision of the review that ended them.
     *
     * @param issue    a decision to issue care proceedings
     * @param stepDown a decision to step down from pre-proceedings
     * @param ongoing  pre-proceedings not ended by 31 March: the census asks an outcome of every module
     *                 (rule 9011), so CareFlow reads the third code of CS131 as this
     */
    public record PreProceedingsOutcome(@DefaultValue("A") String issue, @DefaultValue("B") String stepDown,
                                        @DefaultValue("C") String ongoing) {

        /** The code for the decision of the latest review ({@code issue}, {@code step-down}, or none yet). */
        String of(String decision) {
            return switch (decision == null ? "" : decision) {
                case "issue" -> issue;
                case "step-down" -> stepDown;
                default -> ongoing;
            };
        }

        /** Whether the code is that of pre-proceedings that had ended. */
        boolean ended(String code) {
            return !code.equals(ongoing);
        }
    }

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
