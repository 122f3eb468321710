package org.careflow.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the shipped models declare, read as the engine, the checks and the case facts read it. */
class DeclaredStepsTest {

    @Test
    void theTasksTimerAndEscalationOfAStepOfSeveralTasksFollowItsOneDeclaration() {
        DeclaredSteps section47 = DeclaredSteps.of(model("section47"));

        StepDeclaration icpc = section47.ofTask("Task_HoldInitialConference").orElseThrow();
        assertThat(icpc.elementId()).isEqualTo("SubProcess_Section47Enquiry");
        assertThat(icpc.timescale()).isEqualTo("icpc");
        assertThat(icpc.clockStartsFrom()).isEqualTo("strategyDiscussionOn");
        assertThat(section47.ofTask("Task_CompleteSection47Enquiry")).contains(icpc);
        assertThat(section47.ofTask("Task_HoldFurtherStrategyDiscussion")).contains(icpc);
        assertThat(section47.ofTimer("Timer_InitialConferenceOverdue")).contains(icpc);
        assertThat(section47.ofEscalation("CallActivity_EscalateInitialConference")).contains(icpc);
    }

    @Test
    void aTimerAwayFromTheStepAndItsEscalationNameTheStep() {
        DeclaredSteps proceedings = DeclaredSteps.of(model("careProceedings"));
        StepDeclaration conclusion = proceedings.ofTask("Task_ConcludeProceedings").orElseThrow();

        assertThat(conclusion.deadlineIn()).isEqualTo("proceedingsEndOn");
        assertThat(proceedings.ofTimer("Timer_ProceedingsEndPassed")).contains(conclusion);
        assertThat(proceedings.ofEscalation("CallActivity_EscalateProceedings")).contains(conclusion);
        // a timer with a clock of its own on the step's boundary is not the step's deadline
        assertThat(proceedings.ofTimer("Timer_ProceedingsWeek20").orElseThrow().timescale()).isEqualTo("proceedings-review-first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral", "assessment", "section47", "childProtectionPlan", "careProceedings", "escalation",
            "workloadReview"})
    void everyShippedModelDeclaresEachRuleOnceAndWritesNoDateByHand(String process) throws IOException {
        DeclaredSteps steps = DeclaredSteps.of(model(process));
        String text = Files.readString(file(process).toPath());

        assertThat(steps.problems()).isEmpty();
        assertThat(text).doesNotContain("deadlines.", "camunda:dueDate", "camunda:followUpDate", "<bpmn:timeDate",
                "target=\"overdueStep");
        for (StepDeclaration step : steps.declarations()) {
            step.timescales().forEach(id -> assertThat(occurrences(text, "value=\"" + id + "\""))
                    .as("%s in %s", id, process)
                    .isEqualTo(steps.declarations().stream().filter(other -> other.timescales().anyMatch(id::equals)).count()));
        }
    }

    @Test
    void theInitialConferencesRuleIsWrittenOnceInTheEnquiry() throws IOException {
        String section47 = Files.readString(file("section47").toPath());
        assertThat(occurrences(section47, "\"icpc\"") + occurrences(section47, "'icpc'")
                + occurrences(section47, "&#39;icpc&#39;")).isOne();
        assertThat(occurrences(section47, "strategyDiscussionOn\" />")).isOne();
    }

    private static long occurrences(String text, String what) {
        long count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private static BpmnModelInstance model(String process) {
        return Bpmn.readModelFromFile(file(process));
    }

    private static File file(String process) {
        return new File("processes/" + process + ".bpmn");
    }
}
