package org.careflow.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.EscalationProcess.Stage;
import org.careflow.escalation.Escalations;
import org.careflow.organisation.CurrentUser;
import org.careflow.steps.StepDeclaration;
import org.careflow.timescales.EventDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An escalation's steps (Record oversight, Review escalation) are statutory steps of their own, and
 * each also moves the overdue step's row: its escalation, where that stands, and the oversight the
 * managers recorded with each target date they set ({@code CF_STEP_OVERSIGHT}). The overdue occurrence
 * is the one running where the escalation found it ({@link EscalationFacts#overdueExecutionId()});
 * once the escalation is on its row, the row is found by the escalation.
 */
@Component
class EscalationsOnTheLedger {

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Escalations escalations;

    EscalationsOnTheLedger(JdbcTemplate jdbc, WorkingDayCalendar calendar, Escalations escalations) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.escalations = escalations;
    }

    void opened(StepDeclaration step, DelegateExecution execution) {
        if (!isOfAnEscalation(execution)) {
            return;
        }
        String escalation = execution.getProcessInstanceId();
        if (EscalationProcess.RECORD_OVERSIGHT.equals(step.elementId())) {
            // a first Record oversight puts the escalation on the step; a later one means the target was missed
            int missed = jdbc.update("update CF_STEP set ESCALATION_STATE_ = ?, TARGETS_MISSED_ = TARGETS_MISSED_ + 1"
                    + " where ESCALATION_ID_ = ?", Stage.TARGET_MISSED.id(), escalation);
            if (missed == 0) {
                jdbc.update("update CF_STEP set ESCALATION_ID_ = ?, ESCALATION_STATE_ = ?, ESCALATIONS_ = ESCALATIONS_ + 1,"
                                + " TARGET_DATE_ = null, TARGETS_MISSED_ = 0 where EXECUTION_ID_ = ? and STATE_ = ?", escalation,
                        Stage.AWAITING_OVERSIGHT.id(),
                        escalations.of(execution).map(EscalationFacts::overdueExecutionId).orElse(null), StepLedger.OPEN);
            }
        } else if (EscalationProcess.REVIEW_ESCALATION.equals(step.elementId())) {
            stage(escalation, Stage.WITH_HEAD_OF_SERVICE);
        }
    }

    void ended(StepDeclaration step, DelegateExecution execution) {
        if (!isOfAnEscalation(execution) || execution.isCanceled()) {
            return;
        }
        String escalation = execution.getProcessInstanceId();
        if (EscalationProcess.RECORD_OVERSIGHT.equals(step.elementId())) {
            Object target = execution.getVariable(EscalationProcess.NEW_TARGET_DATE);
            Date targetDate = target == null ? null
                    : Date.valueOf(EventDates.parse(EscalationProcess.NEW_TARGET_DATE, target).date(calendar.zone()));
            // While a head of service reviews it, the escalation stands with them, whatever the managers record meanwhile.
            jdbc.update("update CF_STEP set ESCALATION_STATE_ = case when ESCALATION_STATE_ = ? then ESCALATION_STATE_ else ? end,"
                    + " TARGET_DATE_ = ? where ESCALATION_ID_ = ?", Stage.WITH_HEAD_OF_SERVICE.id(), Stage.OVERSIGHT_RECORDED.id(),
                    targetDate, escalation);
            jdbc.update("insert into CF_STEP_OVERSIGHT (ID_, STEP_ID_, ESCALATION_ID_, RECORDED_AT_, RECORDED_BY_, DELAY_REASON_,"
                            + " NEXT_ACTION_, TARGET_DATE_) select ?, ID_, ?, ?, ?, ?, ?, ? from CF_STEP where ESCALATION_ID_ = ?",
                    execution.getActivityInstanceId(), escalation, Timestamp.from(EngineClock.now()), currentUser(execution),
                    text(execution.getVariable(EscalationProcess.DELAY_REASON)),
                    text(execution.getVariable(EscalationProcess.NEXT_ACTION)), targetDate, escalation);
        } else if (EscalationProcess.REVIEW_ESCALATION.equals(step.elementId())) {
            stage(escalation, Stage.REVIEWED_BY_HEAD_OF_SERVICE);
        }
    }

    private void stage(String escalation, Stage stage) {
        jdbc.update("update CF_STEP set ESCALATION_STATE_ = ? where ESCALATION_ID_ = ?", stage.id(), escalation);
    }

    private static boolean isOfAnEscalation(DelegateExecution execution) {
        return execution.getProcessDefinitionId().startsWith(EscalationProcess.KEY + ":");
    }

    private static String currentUser(DelegateExecution execution) {
        return CurrentUser.of(execution.getProcessEngineServices().getIdentityService()).userId();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
