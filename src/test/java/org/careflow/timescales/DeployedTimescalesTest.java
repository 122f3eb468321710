package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

/** Deadlines are read from the deployed table without writing a decision to history each time. */
class DeployedTimescalesTest extends ProcessTest {

    @Test
    void aDeadlineAndItsEscalationWriteNoDecisionHistory() {
        long decisionsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
        clock.set(at("2026-12-24T17:00"));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
        clock.setAndFire(at("2026-12-30T10:00"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).singleResult().getDueDate())
                .isEqualTo(endOf("2026-12-29"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
                .taskDefinitionKey("Task_RecordOversight").count()).isOne();
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isEqualTo(decisionsBefore);
    }
}
