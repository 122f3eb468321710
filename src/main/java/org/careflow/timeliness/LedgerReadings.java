package org.careflow.timeliness;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the measures read of the statutory step ledger ({@code CF_STEP}): plain selections and
 * groupings that read alike on H2 and PostgreSQL; the arithmetic of days is done in Java.
 */
@Component
class LedgerReadings {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    LedgerReadings(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    /** An occurrence of a step, as far as timeliness needs it. */
    record Step(String id, String processInstanceId, String caseReference, String team, String worker, String timescale,
                LocalDate clockStart, LocalDate deadline, String state, LocalDate doneOn, Boolean onTime) {

        boolean done() {
            return "done".equals(state);
        }
    }

    /** A process instance of a case (a referral, a plan) by its rows: when it started, and when it ended if it has. */
    record Instance(String processInstanceId, String caseReference, String team, String worker, LocalDate started,
                    LocalDate ended) {
    }

    /**
     * The steps of these timescales (and every visit: any timescale naming one) of the teams that were done in the
     * period, or were due before its end and not done by then.
     */
    List<Step> steps(List<String> teams, List<String> timescales, LocalDate from, LocalDate to) {
        return jdbc.query("select ID_, PROC_INST_ID_, CASE_REF_, TEAM_, WORKER_, TIMESCALE_, CLOCK_START_, DEADLINE_, STATE_,"
                + " DONE_ON_, ON_TIME_ from CF_STEP where TEAM_ in (:teams) and (TIMESCALE_ in (:timescales) or TIMESCALE_ like '%visit%')"
                + " and ((STATE_ = 'done' and DONE_ON_ between :from and :to)"
                + " or (DEADLINE_ < :to and OPENED_AT_ < :afterTo and (STATE_ = 'open' or (STATE_ = 'done' and DONE_ON_ > :to))))",
                period(teams, from, to).addValue("timescales", timescales), LedgerReadings::step);
    }

    /** The day each assessment of the teams, done in the period or open at its end, was started: its child-seen clock. */
    Map<String, LocalDate> assessmentStarts(List<String> teams, LocalDate from, LocalDate to) {
        Map<String, LocalDate> starts = new HashMap<>();
        jdbc.query("select PROC_INST_ID_, min(CLOCK_START_) STARTED_ from CF_STEP where TIMESCALE_ = 'child-seen'"
                + " and PROC_INST_ID_ in (select PROC_INST_ID_ from CF_STEP where TIMESCALE_ = 'assessment' and TEAM_ in (:teams)"
                + " and OPENED_AT_ < :afterTo and (DONE_ON_ is null or DONE_ON_ >= :from)) group by PROC_INST_ID_",
                period(teams, from, to), (ResultSet row) -> {
                    LocalDate started = date(row, "STARTED_");
                    if (started != null) {
                        starts.put(row.getString("PROC_INST_ID_"), started);
                    }
                });
        return starts;
    }

    /** Every referral of the cases that had one received by the teams in the period, whenever it was received. */
    List<Instance> referrals(List<String> teams, LocalDate from, LocalDate to) {
        return jdbc.query("select PROC_INST_ID_, max(CASE_REF_) CASE_REF_, max(TEAM_) TEAM_, max(WORKER_) WORKER_,"
                + " min(CLOCK_START_) STARTED_, min(OPENED_AT_) OPENED_AT_, max(ENDED_AT_) ENDED_AT_, sum(case when STATE_ = 'open'"
                + " then 1 else 0 end) OPEN_ from CF_STEP where TIMESCALE_ = 'referral-decision' and CASE_REF_ in (select CASE_REF_"
                + " from CF_STEP where TIMESCALE_ = 'referral-decision' and TEAM_ in (:teams) and (CLOCK_START_ between :from and :to"
                + " or (CLOCK_START_ is null and OPENED_AT_ >= :fromStart and OPENED_AT_ < :afterTo))) group by PROC_INST_ID_",
                period(teams, from, to), this::instance);
    }

    /** Every child protection plan of the cases that had one with the teams. */
    List<Instance> plans(List<String> teams) {
        return jdbc.query("select PROC_INST_ID_, max(CASE_REF_) CASE_REF_, max(TEAM_) TEAM_, max(WORKER_) WORKER_,"
                + " min(CLOCK_START_) STARTED_, min(OPENED_AT_) OPENED_AT_, max(ENDED_AT_) ENDED_AT_, sum(case when STATE_ = 'open'"
                + " then 1 else 0 end) OPEN_ from CF_STEP where PROC_DEF_KEY_ = 'childProtectionPlan' and CASE_REF_ in (select CASE_REF_"
                + " from CF_STEP where PROC_DEF_KEY_ = 'childProtectionPlan' and TEAM_ in (:teams)) group by PROC_INST_ID_",
                new MapSqlParameterSource("teams", nonEmpty(teams)), this::instance);
    }

    private MapSqlParameterSource period(List<String> teams, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("teams", nonEmpty(teams)).addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("fromStart", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .addValue("afterTo", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static List<String> nonEmpty(List<String> teams) {
        return teams.isEmpty() ? List.of("") : teams;
    }

    private static Step step(ResultSet row, int number) throws SQLException {
        boolean onTime = row.getBoolean("ON_TIME_");
        Boolean recorded = row.wasNull() ? null : onTime;
        return new Step(row.getString("ID_"), row.getString("PROC_INST_ID_"), row.getString("CASE_REF_"), row.getString("TEAM_"),
                row.getString("WORKER_"), row.getString("TIMESCALE_"), date(row, "CLOCK_START_"), date(row, "DEADLINE_"),
                row.getString("STATE_"), date(row, "DONE_ON_"), recorded);
    }

    /** A plan or referral started on its clock's first day (the conference, the receipt), or the day CareFlow opened it. */
    private Instance instance(ResultSet row, int number) throws SQLException {
        LocalDate started = date(row, "STARTED_");
        if (started == null) {
            started = day(row.getTimestamp("OPENED_AT_"));
        }
        LocalDate ended = row.getInt("OPEN_") == 0 ? day(row.getTimestamp("ENDED_AT_")) : null;
        return new Instance(row.getString("PROC_INST_ID_"), row.getString("CASE_REF_"), row.getString("TEAM_"),
                row.getString("WORKER_"), started, ended);
    }

    private LocalDate day(Timestamp instant) {
        return instant == null ? null : LocalDate.ofInstant(instant.toInstant(), zone);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
