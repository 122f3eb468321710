package org.careflow.oversight;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseProcesses;
import org.careflow.escalation.EscalationState;
import org.careflow.organisation.Organisation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open steps of the teams a manager oversees that are overdue or inside their reminder window,
 * earliest deadline first, a page at a time, read from the statutory step ledger ({@code CF_STEP}):
 * one indexed query for the page and one for its count, whatever the number of cases. Team isolation
 * is the reader's teams against the group that works each step (the team, its managers), checked once
 * per request by {@link ManagedTeams}, as the engine's candidate-group grants answer it for Tasklist.
 */
@Component
class OpenSteps {

    /**
     * Overdue or inside the reminder window: the day the step needs attention has come (ledger V9), read
     * by group and process (V12) from an index that holds the case processes' steps alone on PostgreSQL
     * (V14), hence the processes as literals ({@link CaseProcesses#AS_SQL_LIST}).
     */
    static final String WHERE = " from CF_STEP where STATE_ = 'open' and CANDIDATE_GROUP_ in (:groups)"
            + " and PROC_DEF_KEY_ in (" + CaseProcesses.AS_SQL_LIST + ") and ATTENTION_ON_ <= :today";
    /** A page of the window, earliest deadline first, with a filter's conditions between the window's and the order. */
    static final String PAGE_COLUMNS = "select ID_, CASE_REF_, CHILD_NAME_, TEAM_, TASK_NAME_, TASK_ID_, TASK_KEY_, PROC_DEF_KEY_,"
            + " WORKER_, DEADLINE_, ESCALATION_STATE_, TARGET_DATE_, TARGETS_MISSED_";
    static final String PAGE_ORDER = " order by DEADLINE_, TASK_ID_ offset :offset rows fetch next :limit rows only";
    /** One scan of the window for every count: the page's total is the groups the filter matches. */
    static final String COUNTS = "select TEAM_, TASK_KEY_, max(TASK_NAME_) as TASK_NAME_, WORKER_,"
            + " sum(case when DEADLINE_ < :today then 1 else 0 end) as OVERDUE_, count(*) as IN_WINDOW_" + WHERE
            + " group by TEAM_, TASK_KEY_, WORKER_";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    OpenSteps(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    record Filter(String worker, String step) {
    }

    record Page(int offset, int limit) {
    }

    /** The page, and what the reader's teams have open in the window, by team, step and worker (the counts and pickers). */
    record Steps(long total, List<StepRow> rows, List<StepCount> counts) {
    }

    /** How many steps of one team, one step and one worker are overdue, and in the window at all. */
    record StepCount(String team, String stepKey, String step, String worker, long overdue, long inWindow) {

        boolean matches(Filter filter) {
            boolean worker = filter.worker() == null || filter.worker().isBlank()
                    || filter.worker().equals(worker() == null ? StepRow.UNALLOCATED : worker());
            return worker && (filter.step() == null || filter.step().isBlank() || filter.step().equals(stepKey()));
        }
    }

    private record Open(String id, String caseReference, String childName, String team, String step, String taskId,
                        String taskKey, String processKey, String worker, LocalDate deadline, String escalationState,
                        LocalDate targetDate, int targetsMissed) {
    }

    /** The latest oversight recorded for a step: what the managers said, shown beside it. */
    private record Oversight(String delayReason, String nextAction) {
    }

    Steps of(List<String> teams, Filter filter, Page page) {
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("groups", groupsOf(teams))
                .addValue("today", Date.valueOf(today))
                .addValue("offset", page.offset()).addValue("limit", page.limit());
        String where = WHERE + filtered(filter, parameters);
        List<Open> open = jdbc.query(PAGE_COLUMNS + where + PAGE_ORDER, parameters, OpenSteps::open);
        List<StepCount> counts = jdbc.query(COUNTS, parameters, (row, number) -> new StepCount(row.getString("TEAM_"),
                row.getString("TASK_KEY_"), row.getString("TASK_NAME_"), row.getString("WORKER_"), row.getLong("OVERDUE_"),
                row.getLong("IN_WINDOW_")));
        long total = counts.stream().filter(count -> count.matches(filter)).mapToLong(StepCount::inWindow).sum();
        Map<String, Oversight> oversight = latestOversightOf(open);
        List<StepRow> rows = new ArrayList<>();
        for (Open step : open) {
            rows.add(row(step, today, oversight.get(step.id())));
        }
        return new Steps(total, rows, counts);
    }

    /** One query for the page: each step's oversight records, the latest of each kept. */
    private Map<String, Oversight> latestOversightOf(List<Open> open) {
        List<String> escalated = open.stream().filter(step -> step.targetDate() != null).map(Open::id).toList();
        Map<String, Oversight> latest = new HashMap<>();
        if (!escalated.isEmpty()) {
            jdbc.query("select STEP_ID_, DELAY_REASON_, NEXT_ACTION_ from CF_STEP_OVERSIGHT where STEP_ID_ in (:steps)"
                    + " order by RECORDED_AT_", Map.of("steps", escalated), (ResultSet row) -> {
                        latest.put(row.getString("STEP_ID_"), new Oversight(row.getString("DELAY_REASON_"), row.getString("NEXT_ACTION_")));
                    });
        }
        return latest;
    }

    /** The groups that work a team's steps: the team, and its managers (authorising an assessment, say). */
    static List<String> groupsOf(List<String> teams) {
        List<String> groups = new ArrayList<>();
        teams.forEach(team -> {
            groups.add(team);
            groups.add(Organisation.managersOf(team));
        });
        return groups.isEmpty() ? List.of("") : groups;
    }

    private static String filtered(Filter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder();
        if (StepRow.UNALLOCATED.equals(filter.worker())) {
            where.append(" and WORKER_ is null");
        } else if (filter.worker() != null && !filter.worker().isBlank()) {
            where.append(" and WORKER_ = :worker");
            parameters.addValue("worker", filter.worker());
        }
        if (filter.step() != null && !filter.step().isBlank()) {
            where.append(" and TASK_KEY_ = :step");
            parameters.addValue("step", filter.step());
        }
        return where.toString();
    }

    private static Open open(ResultSet row, int number) throws SQLException {
        Date target = row.getDate("TARGET_DATE_");
        return new Open(row.getString("ID_"), row.getString("CASE_REF_"), row.getString("CHILD_NAME_"), row.getString("TEAM_"),
                row.getString("TASK_NAME_"), row.getString("TASK_ID_"), row.getString("TASK_KEY_"), row.getString("PROC_DEF_KEY_"),
                row.getString("WORKER_"), row.getDate("DEADLINE_").toLocalDate(), row.getString("ESCALATION_STATE_"),
                target == null ? null : target.toLocalDate(), row.getInt("TARGETS_MISSED_"));
    }

    private StepRow row(Open step, LocalDate today, Oversight oversight) {
        boolean overdue = step.deadline().isBefore(today);
        int workingDays = overdue ? calendar.workingDaysBetween(step.deadline(), today)
                : calendar.workingDaysBetween(today, step.deadline());
        EscalationState escalation = new EscalationState(step.escalationState(), step.step(),
                oversight == null ? null : oversight.delayReason(), oversight == null ? null : oversight.nextAction(),
                step.targetDate() == null ? null : step.targetDate().toString(), step.targetsMissed());
        return new StepRow(step.caseReference(), step.childName(), step.team(), step.step(), step.taskId(), step.taskKey(),
                step.processKey(), step.worker() == null ? StepRow.UNALLOCATED : step.worker(), step.deadline(),
                overdue ? StepRow.OVERDUE : StepRow.DUE_SOON, workingDays, escalation);
    }
}
