package org.careflow.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimescaleReferencesTest {

    @Test
    void aDeadlineNamesItsTimescale() {
        assertThat(TimescaleReferences.in("${deadlines.due('referral-decision', referralReceivedAt)}"))
                .containsExactly("referral-decision");
    }

    @Test
    void aChainNamesBothTimescalesButNotTheVariableItReads() {
        assertThat(TimescaleReferences.in("${deadlines.dueInChain('first-review', initialConferenceOn, 'next-review',"
                + " execution.getVariable('lastReviewOn'))}")).containsExactly("first-review", "next-review");
    }

    @Test
    void aTimescaleInDoubleQuotesCountsToo() {
        assertThat(TimescaleReferences.in("${deadlines.reminderOn(\"care-proceedings\", proceedingsEndOn)}"))
                .containsExactly("care-proceedings");
    }

    @Test
    void everyCallInAnExpressionIsRead() {
        assertThat(TimescaleReferences.in("${deadlines.passed('icpc', a) != null ? deadlines.due('plo-cmh', b) : null}"))
                .containsExactly("icpc", "plo-cmh");
    }

    @Test
    void aTimescaleHeldInAVariableOrADateIsNotATimescaleId() {
        assertThat(TimescaleReferences.in("${deadlines.dueInChain(visitTimescale, initialConferenceOn, visitTimescale,"
                + " execution.getVariable('lastVisitOn'))}")).isEmpty();
        assertThat(TimescaleReferences.in("${deadlines.dueOn(proceedingsEndOn)}")).isEmpty();
    }

    @Test
    void textWithoutADeadlinesCallNamesNone() {
        assertThat(TimescaleReferences.in("${pastEvents.check(task, 'visitedOn')}")).isEmpty();
        assertThat(TimescaleReferences.in("${deadlines.due('unclosed', a")).isEmpty();
    }
}
