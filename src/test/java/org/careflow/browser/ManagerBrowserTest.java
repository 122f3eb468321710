package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The North team's manager finds an overdue decision and records oversight of its escalation in Tasklist. */
@BrowserTest
class ManagerBrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void seesAnOverdueDecisionAndRecordsOversightOfItsEscalation(Browser browser) {
        Cases cases = new Cases(engine);
        // received on Monday 6 January 2025: the decision was due on the 7th
        String caseReference = cases.referral("north", "2025-01-06");
        cases.escalateWhatIsOverdue();
        String escalation = "Record oversight: Referral decision overdue · " + caseReference;
        // the 20th of next month: ahead, and no month 20, so a date read month first would be refused, not mistaken
        LocalDate newTargetDate = LocalDate.now(London.ZONE).plusMonths(1).withDayOfMonth(20);

        Tasklist tasklist = Tasklist.open(browser).logIn("tm.north").showFilter("Overdue");

        assertThat(tasklist.taskNames()).contains("Decide on referral · " + caseReference);
        browser.screenshot("manager-1-overdue");

        tasklist.showFilter("Escalations");

        assertThat(tasklist.taskNames()).contains(escalation);
        browser.screenshot("manager-2-escalations");

        CamundaForm form = tasklist.claim(escalation)
                .type("delayReason", "The allocated worker was off sick")
                .type("nextAction", "The duty worker decides today")
                .date("newTargetDate", newTargetDate);
        browser.screenshot("manager-3-escalation-form");
        form.complete();
        tasklist.waitUntilGone(escalation);
        browser.screenshot("manager-4-escalation-completed");

        HistoricTaskInstance oversight = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseReference).taskDefinitionKey("Task_RecordOversight").singleResult();
        assertThat(oversight.getDeleteReason()).isEqualTo("completed");
        assertThat(variablesOf(oversight.getProcessInstanceId()))
                .containsEntry("delayReason", "The allocated worker was off sick")
                .containsEntry("nextAction", "The duty worker decides today")
                .containsEntry("newTargetDate", newTargetDate.toString());
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(oversight.getId())
                .variableName("newTargetDate").singleResult().getValue())
                .as("the target kept with the task that set it").isEqualTo(newTargetDate.toString());
    }

    Map<String, Object> variablesOf(String processInstanceId) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn("delayReason", "nextAction", "newTargetDate").list().stream()
                // the escalation's own (the latest); each Record oversight keeps a copy on its task
                .filter(variable -> variable.getTaskId() == null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    }
}
