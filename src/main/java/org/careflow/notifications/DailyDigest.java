package org.careflow.notifications;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.AsSystem;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily digest of each user who chose one instead of a mail per escalation: the open statutory
 * steps they hold, or that wait unclaimed for one of their groups (a manager's escalations among
 * them), overdue, due today and due within {@code careflow.mail.due-soon-working-days}, from the
 * ledger; one mail a day, none on a day with nothing to say.
 */
@Component
class DailyDigest {

    /** As many steps as a mail lists; it says how many more there are. */
    private static final int LISTED = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identity;
    private final MailQueue queue;
    private final MailProperties properties;
    private final WorkingDayCalendar calendar;

    DailyDigest(NamedParameterJdbcTemplate jdbc, IdentityService identity, MailQueue queue, MailProperties properties,
                WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.queue = queue;
        this.properties = properties;
        this.calendar = calendar;
    }

    /** Queues today's digest for everyone who chose one; how many were queued. */
    int write() {
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        // Camunda's identity service does not search by user info: its table is read for the choice
        List<String> users = jdbc.queryForList("select USER_ID_ from ACT_ID_INFO where KEY_ = :key and VALUE_ = :digest",
                new MapSqlParameterSource("key", Preferences.USER_INFO).addValue("digest", Preferences.DIGEST), String.class);
        int queued = 0;
        for (String userId : users) {
            User user = AsSystem.run(identity, () -> identity.createUserQuery().userId(userId).singleResult());
            if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            String body = digestOf(userId, today);
            if (body != null && queue.queue(MailQueue.DIGEST, today.toString(), userId, user.getEmail(),
                    "CareFlow: your steps for " + EscalationMail.UK_DATE.format(today), body)) {
                queued++;
            }
        }
        return queued;
    }

    private String digestOf(String user, LocalDate today) {
        List<String> groups = AsSystem.run(identity, () -> identity.createGroupQuery().groupMember(user).list()).stream()
                .map(Group::getId).toList();
        LocalDate soon = calendar.addWorkingDays(today, properties.dueSoonWorkingDays());
        List<Map<String, Object>> steps = jdbc.queryForList("select CASE_REF_, CHILD_NAME_, STEP_NAME_, TASK_NAME_, DEADLINE_"
                        + " from CF_STEP where STATE_ = 'open' and DEADLINE_ <= :soon and (WORKER_ = :user or (WORKER_ is null and"
                        + " CANDIDATE_GROUP_ in (:groups))) order by DEADLINE_, CASE_REF_",
                new MapSqlParameterSource("soon", Date.valueOf(soon)).addValue("user", user)
                        .addValue("groups", groups.isEmpty() ? List.of("") : groups));
        if (steps.isEmpty()) {
            return null;
        }
        List<String> overdue = new ArrayList<>();
        List<String> dueToday = new ArrayList<>();
        List<String> dueSoon = new ArrayList<>();
        for (Map<String, Object> step : steps.subList(0, Math.min(LISTED, steps.size()))) {
            LocalDate deadline = ((Date) step.get("DEADLINE_")).toLocalDate();
            String child = properties.childName().of((String) step.get("CHILD_NAME_"));
            String line = "- " + (step.get("TASK_NAME_") != null ? step.get("TASK_NAME_") : step.get("STEP_NAME_")) + ", case "
                    + step.get("CASE_REF_") + (child.isEmpty() ? "" : " (" + child + ")") + ", due " + EscalationMail.UK_DATE.format(deadline)
                    + (deadline.isBefore(today) ? ", " + calendar.workingDaysBetween(deadline, today) + " working days late" : "");
            (deadline.isBefore(today) ? overdue : deadline.equals(today) ? dueToday : dueSoon).add(line);
        }
        StringBuilder body = new StringBuilder();
        section(body, "Overdue", overdue);
        section(body, "Due today", dueToday);
        section(body, "Due in the next " + properties.dueSoonWorkingDays() + " working days", dueSoon);
        if (steps.size() > LISTED) {
            body.append("And ").append(steps.size() - LISTED).append(" more.\n\n");
        }
        body.append("Tasklist: ").append(properties.baseUrl().resolve("/camunda/app/tasklist/")).append('\n');
        return body.toString();
    }

    private static void section(StringBuilder body, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            body.append(heading).append(":\n");
            lines.forEach(line -> body.append(line).append('\n'));
            body.append('\n');
        }
    }
}
