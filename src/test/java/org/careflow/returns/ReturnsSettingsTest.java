package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import org.careflow.calendar.TestCalendars;
import org.careflow.codes.CodeLists;
import org.junit.jupiter.api.Test;

/**
 * A code set by the authority must be one of the census', or CareFlow does not start: every NFA episode
 * would carry the reason for closure, every pre-proceedings ended the outcome.
 */
class ReturnsSettingsTest {

    @Test
    void theClosureReasonOfAReferralWithNoFurtherActionIsOneOfTheCensus() throws Exception {
        CodeLists codes;
        try (InputStream yaml = getClass().getResourceAsStream("/codes/codes.yaml")) {
            codes = CodeLists.of(yaml);
        }
        assertThatThrownBy(() -> new CinCensus(null, codes, settings("RC77"), TestCalendars.englandAndWales()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("careflow.returns.nfa-closure-reason")
                .hasMessageContaining("RC77");
        assertThat(new CinCensus(null, codes, settings("RC7"), TestCalendars.englandAndWales())).isNotNull();
    }

    @Test
    void theOutcomesOfPreProceedingsAreCodesOfTheCensus() throws Exception {
        CodeLists codes;
        try (InputStream yaml = getClass().getResourceAsStream("/codes/codes.yaml")) {
            codes = CodeLists.of(yaml);
        }
        assertThatThrownBy(() -> new CinCensus(null, codes, settings("RC7", "A", "Z"), TestCalendars.englandAndWales()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("careflow.returns.pre-proceedings-outcome.step-down")
                .hasMessageContaining("'Z'");
        assertThatThrownBy(() -> new CinCensus(null, codes, settings("RC7", "issue", "B"), TestCalendars.englandAndWales()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("careflow.returns.pre-proceedings-outcome.issue");
        assertThat(new CinCensus(null, codes, settings("RC7", "A", "C"), TestCalendars.englandAndWales())).isNotNull();
    }

    private static ReturnsProperties settings(String nfaClosureReason) {
        return settings(nfaClosureReason, "A", "B");
    }

    private static ReturnsProperties settings(String nfaClosureReason, String issue, String stepDown) {
        return new ReturnsProperties("999", nfaClosureReason, new ReturnsProperties.PreProceedingsOutcome(issue, stepDown, "C"),
                new ReturnsProperties.DfeFeed(null, null, null, 4, Duration.ofSeconds(5), Duration.ofDays(365)),
                new ReturnsProperties.SocialWorkerChange("FCONTA", "OTHERS"));
    }
}
