package org.careflow.oversight;

import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.Names;
import org.careflow.organisation.Organisation;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How often each child's social worker changed in the last twelve months, per child and per team:
 * the practitioners who took the child's steps on, in turn (the ledger's CF_STEP_WORKER; a manager's
 * agreement or oversight, an IRO's review or a personal adviser's contact is not a turn), each new one a change. The children the inspectors found
 * unhappy about frequent changes of social worker are the ones with the most.
 */
@Component
class WorkerChanges {

    /** As many workers as this in twelve months is what managers are shown first. */
    static final int MANY = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Names names;

    WorkerChanges(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, Names names) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.names = names;
    }

    /** A child's workers in turn in the twelve months, and how many times the worker changed. */
    record Child(String childId, String childName, String team, List<String> workers, int changes) {
    }

    /** A team's children with a worker in the twelve months, their changes in all, and those with {@value #MANY} workers or more. */
    record Team(String team, int children, int changes, int childrenWithMany) {
    }

    /** @param workerNames each worker's name by their user id, for the page */
    record Changes(List<Team> teams, List<Child> children, Map<String, String> workerNames) {
    }

    Changes of(List<String> teams) {
        Timestamp since = Timestamp.from(ZonedDateTime.ofInstant(EngineClock.now(), calendar.zone()).minusMonths(12).toInstant());
        Map<String, Child> children = new LinkedHashMap<>();
        jdbc.query("select w.CHILD_ID_, max(s.CHILD_NAME_) as CHILD_NAME_, max(s.TEAM_) as TEAM_, w.WORKER_, w.FROM_"
                + " from CF_STEP_WORKER w join CF_STEP s on s.ID_ = w.OCCURRENCE_ID_"
                + " where s.TEAM_ in (:teams) and w.CHILD_ID_ is not null and w.FROM_ >= :since"
                + " and (w.CANDIDATE_GROUP_ is null or w.CANDIDATE_GROUP_ not like '%-managers' and w.CANDIDATE_GROUP_ not in (:notCasework))"
                + " group by w.CHILD_ID_, w.WORKER_, w.FROM_ order by w.CHILD_ID_, w.FROM_",
                new MapSqlParameterSource("teams", teams).addValue("since", since).addValue("notCasework", Organisation.NOT_CASEWORK),
                (RowCallbackHandler) row -> {
                    String childId = row.getString("CHILD_ID_");
                    String name = row.getString("CHILD_NAME_");
                    String team = row.getString("TEAM_");
                    Child child = children.computeIfAbsent(childId, id -> new Child(id, name, team, new ArrayList<>(), 0));
                    String worker = row.getString("WORKER_");
                    if (child.workers().isEmpty() || !child.workers().get(child.workers().size() - 1).equals(worker)) {
                        child.workers().add(worker);
                    }
                });
        List<Child> counted = children.values().stream()
                .map(child -> new Child(child.childId(), child.childName(), child.team(), List.copyOf(child.workers()),
                        child.workers().size() - 1))
                .sorted(java.util.Comparator.comparingInt(Child::changes).reversed().thenComparing(Child::childId)).toList();
        List<Team> byTeam = teams.stream().map(team -> {
            List<Child> ofTeam = counted.stream().filter(child -> team.equals(child.team())).toList();
            return new Team(team, ofTeam.size(), ofTeam.stream().mapToInt(Child::changes).sum(),
                    (int) ofTeam.stream().filter(child -> child.workers().size() >= MANY).count());
        }).toList();
        return new Changes(byTeam, counted, names.ofUsers(counted.stream().flatMap(child -> child.workers().stream()).distinct().toList()));
    }
}
