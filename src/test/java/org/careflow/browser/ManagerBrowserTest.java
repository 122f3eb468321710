package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The North team's manager finds an overdue decision and records oversight of its escalation in Tasklist. */
@BrowserTest
class ManagerBrowserTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void seesAnOverdueDecisionAndRecordsOversightOfItsEscalation(Browser browser) {
        Cases cases = new Cases(engine);
        // received two working days before today: the decision fell due at the end of the next, and its managers, not yet
        // a head of service, are asked why
        LocalDate today = LocalDate.now(London.ZONE);
        String caseReference = cases.referral("north", calendar.addWorkingDays(today, -2).toString());
        cases.escalateWhatIsOverdue();
        String escalation = "Record oversight: Referral decision overdue · " + caseReference;
        // the 20th of next month: ahead, and no month 20, so a date read month first would be refused, not mistaken
        LocalDate newTargetDate = today.plusMonths(1).withDayOfMonth(20);

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
        browser.screenshotTo(Path.of("docs", "screenshots", "manager-record-oversight.png"));
        assertThat(browser.visibleText())
                .as("the step is the task's name, which the form points to, not a field of its own")
                .contains(escalation, "The step this task is named after has passed its deadline")
                .doesNotContain("Overdue step");
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
