package org.careflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.London;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;

class WorkloadReviewProcessTest extends ProcessTest {

    @Test
    void theReviewFallsDueOnTheConfiguredWeekday() {
        Job weekly = weeklyReviewJob();

        ZonedDateTime due = weekly.getDuedate().toInstant().atZone(London.ZONE);
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.getHour()).isEqualTo(9);
    }

    @Test
    void eachTeamsManagersReviewTheirCaseloadsAndOverdueSteps() {
        clock.set(at("2027-01-04T08:00"));
        String overdueCase = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", overdueCase,
                withVariables("team", "north", "referralReceivedAt", "2026-12-24T16:00:00Z"));
        clock.set(at("2027-01-04T09:00"));

        engine.getManagementService().executeJob(weeklyReviewJob().getId());

        List<Task> reviews = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewTeamWorkload")
                .processVariableValueEquals("weekBegunOn", at("2027-01-04T09:00")).list();
        assertThat(reviews).extracting(Task::getName).contains("Review workload of team north", "Review workload of team south");
        Task north = reviews.stream().filter(task -> task.getName().endsWith("north")).findFirst().orElseThrow();
        assertThat(engine.getTaskService().getIdentityLinksForTask(north.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("north-managers"));
        // 2 working days from Mon 4 Jan 2027
        assertThat(north.getDueDate()).isEqualTo(endOf("2027-01-06"));
        assertThat((String) engine.getTaskService().getVariableLocal(north.getId(), "workloadSummary"))
                .contains("sw.north").contains(overdueCase).contains("Decide on referral");

        engine.getTaskService().complete(north.getId(), withVariables("workloadDecision", "Duty worker takes the referral"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(north.getId()).count()).isZero();
    }

    @Test
    void aLongListOfOverdueStepsIsCutToWhatAVariableHoldsAndSaysHowManyMore() {
        clock.set(at("2027-01-11T08:00"));
        for (int i = 0; i < 80; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-LATE-" + i,
                    withVariables("team", "south", "referralReceivedAt", "2026-12-24T16:00:00Z"));
        }
        clock.set(at("2027-01-11T09:00"));

        engine.getManagementService().executeJob(weeklyReviewJob().getId());

        Task south = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewTeamWorkload")
                .processVariableValueEquals("weekBegunOn", at("2027-01-11T09:00")).taskCandidateGroup("south-managers")
                .singleResult();
        String summary = (String) engine.getTaskService().getVariableLocal(south.getId(), "workloadSummary");
        assertThat(summary.length()).isLessThanOrEqualTo(WorkloadReview.MAX_SUMMARY_LENGTH);
        Matcher total = Pattern.compile("Overdue and due soon: (\\d+)").matcher(summary);
        assertThat(total.find()).isTrue();
        int steps = Integer.parseInt(total.group(1));
        // other tests' south cases share this engine
        assertThat(steps).isGreaterThanOrEqualTo(80);
        int listed = summary.split(": Decide on referral", -1).length - 1;
        assertThat(listed).isPositive().isLessThan(steps);
        assertThat(summary).contains("- and " + (steps - listed) + " more");
    }

    Job weeklyReviewJob() {
        return engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey("workloadReview").active().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    }
}
