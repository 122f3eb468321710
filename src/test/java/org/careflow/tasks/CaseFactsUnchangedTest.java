package org.careflow.tasks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.input.InvalidInputException;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFactsUnchangedTest extends ProcessTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "team, south",
            "referralReceivedAt, 2026-12-01",
    })
    void completingATaskCannotRewriteTheCasesFacts(String fact, String otherValue) {
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
        Map<String, Object> decision = withVariables("decision", "assessment", "decisionReasons", "Reasons",
                "referrerInformed", "yes", fact, otherValue);

        assertThatThrownBy(() -> complete(referral, "Task_DecideOnReferral", decision))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining(fact);

        assertThat(referral).isWaitingAt("Task_DecideOnReferral").variables().containsEntry("team", "north");
    }

    @Test
    void aFactRecordedForTheFirstTimeIsWhatATaskIsFor() {
        clock.set(at("2026-12-10T17:00"));
        ProcessInstance section47 = engine.getRuntimeService().startProcessInstanceByKey("section47", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "thresholdMetAt", "2026-12-10"));

        complete(section47, "Task_HoldStrategyDiscussion", withVariables("strategyDiscussionOn", "2026-12-10",
                "strategyDiscussionNotes", "Injuries", "section47Decision", "start-enquiry"));

        assertThat(task("Task_CompleteSection47Enquiry", section47)).hasDueDate(endOf("2027-01-05"));
    }
}
