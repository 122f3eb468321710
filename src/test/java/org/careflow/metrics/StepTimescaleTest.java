package org.careflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.careflow.steps.StepDeclaration;
import org.junit.jupiter.api.Test;

class StepTimescaleTest {

    private static StepDeclaration step(String timescale, String timescaleIn, String repeatTimescale, String deadlineIn) {
        return new StepDeclaration("Task_X", "X", timescale, timescaleIn, timescale == null && timescaleIn == null ? null : "start",
                repeatTimescale == null ? null : "last", repeatTimescale, deadlineIn, null);
    }

    @Test
    void aStepIsTaggedWithTheTimescaleItDeclares() {
        assertThat(StepTimescale.of(step("referral-decision", null, null, null)))
                .isEqualTo(new StepTimescale("referral-decision", null));
    }

    @Test
    void aStepThatRepeatsOnAnotherTimescaleIsTaggedWithBoth() {
        assertThat(StepTimescale.of(step("first-review", null, "next-review", null)))
                .isEqualTo(new StepTimescale("first-review/next-review", null));
        assertThat(StepTimescale.of(step("core-group", null, "core-group", null)))
                .isEqualTo(new StepTimescale("core-group", null));
    }

    @Test
    void aTimescaleEachCaseChoosesIsReadFromItsVariable() {
        assertThat(StepTimescale.of(step(null, "visitTimescale", null, null)))
                .isEqualTo(new StepTimescale(null, "visitTimescale"));
    }

    @Test
    void aDeadlineHeldAsADateIsTaggedWithTheTimescaleThatRemindsOfItOrNone() {
        assertThat(StepTimescale.of(step("care-proceedings", null, null, "proceedingsEndOn")))
                .isEqualTo(new StepTimescale("care-proceedings", null));
        assertThat(StepTimescale.of(step(null, null, null, "irhListedOn")))
                .isEqualTo(new StepTimescale(StepTimescale.NONE, null));
    }
}
