package org.careflow.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.Calculators;
import org.junit.jupiter.api.Test;

/** One declaration gives the due date, the reminder and the timer of a step, with the worked examples of timescales.md. */
class StepDeadlinesTest {

    private final StepDeadlines deadlines = StepDeadlines.computedBy(Calculators.withDefaults());

    private static final StepDeclaration ICPC =
            new StepDeclaration("SubProcess_Section47Enquiry", "Section 47 enquiry", "icpc", null, "strategyDiscussionOn",
                    null, null, null, null);
    private static final StepDeclaration REVIEW =
            new StepDeclaration("Task_HoldReviewConference", "Hold review conference", "first-review", null,
                    "initialConferenceOn", "lastReviewOn", "next-review", null, null);
    private static final StepDeclaration VISIT =
            new StepDeclaration("Task_VisitChild", "Visit the child", null, "visitTimescale", "initialConferenceOn",
                    "lastVisitOn", null, null, null);
    private static final StepDeclaration CONCLUSION =
            new StepDeclaration("Task_ConcludeProceedings", "Conclude proceedings", "care-proceedings", null, "issuedOn",
                    null, null, "proceedingsEndOn", "finalHearingOn");

    @Test
    void theDueDateReminderAndTimerOfAStepComeFromItsOneDeclaration() {
        // ICPC over Christmas: s47 initiated at the strategy discussion on Thu 10 Dec 2026, due Tue 5 Jan 2027
        VariableScope icpc = scope(Map.of("strategyDiscussionOn", "2026-12-10"));

        assertThat(deadlines.due(ICPC, icpc)).isEqualTo(at("2027-01-05T23:59:59Z"));
        assertThat(deadlines.passed(ICPC, icpc)).isEqualTo(at("2027-01-06T00:00:00Z"));
        assertThat(deadlines.reminder(ICPC, icpc)).isBefore(deadlines.due(ICPC, icpc));
    }

    @Test
    void aRepeatingStepRunsFromTheActualDateOfTheLastOccurrenceOnItsLaterTimescale() {
        // ICPC Fri 18 Dec 2026: first review due Thu 18 Mar 2027
        assertThat(deadlines.of(REVIEW, scope(Map.of("initialConferenceOn", "2026-12-18"))).date()).hasToString("2027-03-18");
        // first review held Thu 11 Mar 2027: next due Sat 11 Sep 2027, never from the previous due date
        assertThat(deadlines.of(REVIEW, scope(Map.of("initialConferenceOn", "2026-12-18", "lastReviewOn", "2027-03-11")))
                .date()).hasToString("2027-09-11");
    }

    @Test
    void aTimescaleTheCaseChoosesIsReadFromItsVariable() {
        // last visit Tue 22 Dec 2026: 10-working-day standard Fri 8 Jan 2027, 2-week standard Tue 5 Jan 2027
        assertThat(deadlines.of(VISIT, scope(Map.of("initialConferenceOn", "2026-12-01", "lastVisitOn", "2026-12-22",
                "visitTimescale", "cp-visit"))).date()).hasToString("2027-01-08");
        assertThat(deadlines.of(VISIT, scope(Map.of("initialConferenceOn", "2026-12-01", "lastVisitOn", "2026-12-22",
                "visitTimescale", "cp-visit-fortnightly"))).date()).hasToString("2027-01-05");
    }

    @Test
    void aDeadlineHeldAsADateWinsOverTheTimescaleWhichThenOnlyReminds() {
        // issued Mon 11 Jan 2027: 26 weeks end Sun 11 Jul 2027; extended to Fri 27 Aug 2027
        assertThat(deadlines.of(CONCLUSION, scope(Map.of("issuedOn", "2027-01-11"))).date()).hasToString("2027-07-11");
        assertThat(deadlines.of(CONCLUSION, scope(Map.of("issuedOn", "2027-01-11", "proceedingsEndOn", "2027-08-27")))
                .date()).hasToString("2027-08-27");
    }

    @Test
    void aMissingClockStartIsRefusedNamingIt() {
        assertThatThrownBy(() -> deadlines.due(ICPC, scope(Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("strategyDiscussionOn");
        assertThatThrownBy(() -> deadlines.due(VISIT, scope(Map.of("initialConferenceOn", "2026-12-01"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("visitTimescale");
    }

    private static VariableScope scope(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        return scope;
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
