package org.careflow.lookedafter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.calendar.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 episodes of a period of care: one row from each change of legal status or placement to
 * the next, its reviews and the times the child went missing, written in the engine's transaction, so a refused change leaves none and
 * the return reads what the engine decided.
 */
@Component
class CareEpisodes {

    /** The 903's reasons for a new episode: a new period of care, a change of legal status, of placement, of both. */
    static final String STARTED = "S";
    static final String LEGAL_STATUS_CHANGED = "L";
    static final String PLACEMENT_CHANGED = "P";
    static final String BOTH_CHANGED = "B";
    /** The 903's reason an episode ceased when the period of care goes on in the next one. */
    static final String CARE_GOES_ON = "X1";

    private final JdbcTemplate jdbc;

    CareEpisodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void begin(DelegateExecution execution, LocalDate on, String reason, Placement placement, String legalStatus) {
        jdbc.update("insert into CF_CARE_EPISODE (ID_, PROC_INST_ID_, CASE_REF_, CHILD_ID_, TEAM_, DECOM_, RNE_, LS_, CIN_, PLACE_,"
                        + " PLACE_PROVIDER_, HOME_POST_, PL_POST_, URN_, RECORDED_AT_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                execution.getVariable("childId"), execution.getVariable("team"), Date.valueOf(on), reason, legalStatus,
                text(execution, LookedAfter.CATEGORY_OF_NEED), placement.type(), placement.provider(),
                text(execution, LookedAfter.HOME_POSTCODE), placement.postcode(), placement.urn(), Timestamp.from(EngineClock.now()));
    }

    /**
     * The open episode of the period ends on the day, for the reason given; where the placement ends
     * with it, with the reason the placement changed (the 903 records it on the episode that ends).
     */
    void end(String processInstanceId, LocalDate on, String reason, String reasonPlacementChanged) {
        jdbc.update("update CF_CARE_EPISODE set DEC_ = ?, REC_ = ?, REASON_PLACE_CHANGE_ = ? where PROC_INST_ID_ = ? and DEC_ is null",
                Date.valueOf(on), reason, reasonPlacementChanged, processInstanceId);
    }

    /** A review held, with how the child took part. */
    void reviewed(DelegateExecution execution, LocalDate on, String participation, String mother) {
        jdbc.update("insert into CF_CARE_REVIEW (PROC_INST_ID_, CHILD_ID_, TEAM_, REVIEW_ON_, REVIEW_CODE_, MOTHER_, RECORDED_AT_)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", execution.getProcessInstanceId(), execution.getVariable("childId"),
                execution.getVariable("team"), Date.valueOf(on), participation, mother, Timestamp.from(EngineClock.now()));
    }

    /** The child went missing (M) or away from their placement (A) on the day; open until they return. */
    void wentMissing(DelegateExecution execution, String missing, LocalDate on) {
        jdbc.update("insert into CF_MISSING_EPISODE (ID_, PROC_INST_ID_, CHILD_ID_, TEAM_, MISSING_, START_, RECORDED_AT_)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), execution.getProcessInstanceId(),
                execution.getVariable("childId"), execution.getVariable("team"), missing, Date.valueOf(on), Timestamp.from(EngineClock.now()));
    }

    /**
     * The child's open time missing or away ends on the day: they returned (with whether they were offered a
     * return home interview and took it up), or their care ended while they were away (neither known).
     */
    void returned(String processInstanceId, LocalDate on, String interviewOffered, String interviewAccepted) {
        jdbc.update("update CF_MISSING_EPISODE set END_ = ?, RHI_OFFERED_ = ?, RHI_ACCEPTED_ = ? where PROC_INST_ID_ = ? and END_ is null",
                Date.valueOf(on), interviewOffered, interviewAccepted, processInstanceId);
    }

    /** The day the open time missing or away began, none if the child is not missing. */
    LocalDate missingSince(String processInstanceId) {
        return jdbc.queryForList("select START_ from CF_MISSING_EPISODE where PROC_INST_ID_ = ? and END_ is null", Date.class,
                processInstanceId).stream().findFirst().map(Date::toLocalDate).orElse(null);
    }

    /** The day the child's last time missing or away ended: another cannot begin before it. */
    LocalDate lastReturn(String processInstanceId) {
        return jdbc.queryForList("select max(END_) from CF_MISSING_EPISODE where PROC_INST_ID_ = ?", Date.class, processInstanceId)
                .stream().filter(java.util.Objects::nonNull).findFirst().map(Date::toLocalDate).orElse(null);
    }

    /** The day the period of care began: its first episode. */
    LocalDate periodSince(String processInstanceId) {
        return jdbc.queryForList("select min(DECOM_) from CF_CARE_EPISODE where PROC_INST_ID_ = ?", Date.class, processInstanceId)
                .stream().filter(java.util.Objects::nonNull).findFirst().map(Date::toLocalDate).orElse(null);
    }

    /** The day the open episode began, to refuse a change dated before it. */
    LocalDate openSince(String processInstanceId) {
        return jdbc.queryForList("select DECOM_ from CF_CARE_EPISODE where PROC_INST_ID_ = ? and DEC_ is null", Date.class,
                processInstanceId).stream().findFirst().map(Date::toLocalDate).orElse(null);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
