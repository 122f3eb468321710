package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which timescale a step's due date runs on, read from the expressions of its model. */
class StepTimescaleTest {

    @Test
    void aDueDateNamesItsTimescale() {
        assertThat(StepTimescale.of("${deadlines.due('referral-decision', referralReceivedAt)}", null))
                .isEqualTo(new StepTimescale("referral-decision", null));
    }

    @Test
    void aChainNamesBothOfItsTimescales() {
        assertThat(StepTimescale.of("${deadlines.dueInChain('first-review', initialConferenceOn, 'next-review', "
                + "execution.getVariable('lastReviewOn'))}", null))
                .isEqualTo(new StepTimescale("first-review/next-review", null));
    }

    @Test
    void aTimescaleHeldInAVariableIsReadPerCase() {
        assertThat(StepTimescale.of("${deadlines.dueInChain(visitTimescale, initialConferenceOn, visitTimescale, "
                + "execution.getVariable('lastVisitOn'))}", "${deadlines.reminderInChain(visitTimescale, x, visitTimescale, y)}"))
                .isEqualTo(new StepTimescale(null, "visitTimescale"));
    }

    @Test
    void aDateSetElsewhereRunsOnTheTimescaleItsReminderNamesOrNone() {
        assertThat(StepTimescale.of("${deadlines.dueOn(proceedingsEndOn)}",
                "${deadlines.reminderOn('care-proceedings', proceedingsEndOn)}"))
                .isEqualTo(new StepTimescale("care-proceedings", null));
        assertThat(StepTimescale.of("${deadlines.dueOn(irhListedOn)}", null))
                .isEqualTo(new StepTimescale(StepTimescale.NONE, null));
    }
}
