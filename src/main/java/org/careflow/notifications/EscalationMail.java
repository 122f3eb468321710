package org.careflow.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.Escalations;
import org.careflow.organisation.AsSystem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An escalation's task is created ({@code ${escalationMail.queue(task)}} in escalation.bpmn): each
 * member of its group with an address, who has not chosen a digest, gets one mail, queued in the same
 * transaction. It says the step, the case reference, the child's initials (or what the council
 * configured), the deadline, how many working days late, and links to the task; nothing else of the case.
 */
@Component("escalationMail")
@EnableConfigurationProperties(MailProperties.class)
public class EscalationMail {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);

    private final MailProperties properties;
    private final MailQueue queue;
    private final Preferences preferences;
    private final IdentityService identity;
    private final WorkingDayCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Escalations escalations;

    EscalationMail(MailProperties properties, MailQueue queue, Preferences preferences, IdentityService identity,
                   WorkingDayCalendar calendar, JdbcTemplate jdbc, Escalations escalations) {
        this.properties = properties;
        this.escalations = escalations;
        this.queue = queue;
        this.preferences = preferences;
        this.identity = identity;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    public void queue(DelegateTask task) {
        if (!properties.enabled()) {
            return;
        }
        String group = task.getCandidates().stream().filter(link -> link.getGroupId() != null).map(link -> link.getGroupId())
                .findFirst().orElse(null);
        if (group == null) {
            return;
        }
        String caseReference = task.getExecution().getProcessBusinessKey();
        Optional<EscalationFacts> escalation = escalations.of(task);
        String step = escalation.map(EscalationFacts::overdueStep).orElse(null);
        LocalDate deadline = deadline(escalation.map(EscalationFacts::deadline).orElse(null));
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        int late = deadline == null ? 0 : calendar.workingDaysBetween(deadline, today);
        String child = properties.childName().of(childName(caseReference));
        boolean headsOfService = EscalationProcess.REVIEW_ESCALATION.equals(task.getTaskDefinitionKey());
        String subject = (headsOfService ? "Escalated to heads of service: " : "Overdue: ") + step + " — " + caseReference;
        String body = (headsOfService ? "An escalation has reached heads of service: its managers' oversight is overdue.\n\n" : "")
                + "Step: " + step + "\n"
                + "Case: " + caseReference + "\n"
                + (child.isEmpty() ? "" : "Child: " + child + "\n")
                + (deadline == null ? "" : "Deadline: " + UK_DATE.format(deadline) + "\n")
                + "Late by: " + late + (late == 1 ? " working day" : " working days") + "\n\n"
                + "Open the task: " + properties.baseUrl().resolve("/camunda/app/tasklist/default/#/?task=" + task.getId()) + "\n";
        for (User user : AsSystem.run(identity, () -> identity.createUserQuery().memberOfGroup(group).list())) {
            if (user.getEmail() != null && !user.getEmail().isBlank() && !preferences.wantsDigest(user.getId())) {
                queue.queue(MailQueue.ESCALATION, task.getId(), user.getId(), user.getEmail(), subject, body);
            }
        }
    }

    private LocalDate deadline(Date deadline) {
        return deadline == null ? null : LocalDate.ofInstant(deadline.toInstant(), calendar.zone());
    }

    private String childName(String caseReference) {
        List<String> names = jdbc.queryForList("select max(CHILD_NAME_) from CF_STEP where CASE_REF_ = ?", String.class, caseReference);
        return names.isEmpty() ? null : names.get(0);
    }
}
