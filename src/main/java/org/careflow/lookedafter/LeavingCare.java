package org.careflow.lookedafter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How careLeaver.bpmn begins ({@code ${leavingCare.begin(execution)}}), and what it records of each contact with a care leaver and each review of their pathway
 * plan ({@code ${leavingCare.contacted(task, 'contactOn')}}): where they live, whether it suits them,
 * what they do, in the SSDA903's codes, for its OC3 table and Annex A's list 9.
 */
@Component("leavingCare")
public class LeavingCare {

    private final Answers answers;
    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    LeavingCare(Answers answers, JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.answers = answers;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * The day leaving care support runs from: the day care ended, or today for a young person still looked
     * after or moved in (the personal adviser's first contact is counted from it).
     */
    public String supportFrom(DelegateExecution execution) {
        Object leftCare = execution.getVariable("leftCareOn");
        return leftCare != null ? leftCare.toString() : LocalDate.ofInstant(EngineClock.now(), calendar.zone()).toString();
    }

    /**
     * The start of leaving care support, once {@code leavingCareSupportFrom} is set: the pathway plan from
     * that day where none is recorded; a needs assessment owed ({@code needsAssessmentOwed}) where the date
     * of birth is known and neither it nor a pathway plan (which follows it) is recorded.
     */
    public void begin(DelegateExecution execution) {
        boolean planRecorded = execution.getVariable("pathwayPlanOn") != null || execution.getVariable("lastPathwayPlanReviewOn") != null;
        execution.setVariable("needsAssessmentOwed", execution.getVariable("childDateOfBirth") != null
                && execution.getVariable("needsAssessedOn") == null && !planRecorded);
        if (execution.getVariable("pathwayPlanOn") == null) {
            execution.setVariable("pathwayPlanOn", execution.getVariable("leavingCareSupportFrom"));
        }
    }

    /** The contact or review the task records, on the day its variable gives. */
    public void contacted(DelegateTask contact, String dayVariable) {
        LocalDate on = answers.date(contact, dayVariable);
        String accommodation = answers.coded(contact, "leaverAccommodation", "leaver-accommodation", true);
        String suitable = answers.yesOrNo(contact, "leaverAccommodationSuitable", true);
        String activity = answers.coded(contact, "leaverActivity", "leaver-activity", true);
        jdbc.update("insert into CF_LEAVER_CONTACT (PROC_INST_ID_, CHILD_ID_, TEAM_, CONTACT_ON_, ACCOM_, SUITABLE_, ACTIV_, RECORDED_AT_)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", contact.getProcessInstanceId(), contact.getVariable("childId"),
                contact.getVariable("team"), Date.valueOf(on), accommodation, suitable, activity, Timestamp.from(EngineClock.now()));
    }
}
