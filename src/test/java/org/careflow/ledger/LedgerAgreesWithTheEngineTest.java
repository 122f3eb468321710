package org.careflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.steps.StepsInForce;
import org.careflow.support.London;
import org.careflow.support.ProcessTest;
import org.careflow.timescales.OpenDeadlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger is written in the engine's transaction from each step's declaration: after a step
 * opens, gets a worker, has its deadline moved, is done late or on time, is cancelled, or a completion
 * is refused, every open step task of the case has its row, due on the task's own due date.
 */
class LedgerAgreesWithTheEngineTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpenDeadlines openDeadlines;
    @Autowired
    StepsInForce steps;
    @Autowired
    LedgerBackfill backfill;

    @Test
    void anOccurrenceOpensWithItsDeadlineAndIsDoneOnTheDayItRecords() {
        // ICPC over Christmas: s47 initiated Thu 10 Dec 2026, conference due Tue 5 Jan 2027
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = start("section47", "strategyDiscussionOn", "2026-12-10");

        Map<String, Object> icpc = row(section47, "SubProcess_Section47Enquiry");
        assertThat(icpc).containsEntry("STATE_", "open").containsEntry("TEAM_", "north")
                .containsEntry("CASE_REF_", section47.getBusinessKey()).containsEntry("TIMESCALE_", "icpc")
                .containsEntry("STEP_NAME_", "Section 47 enquiry and initial conference")
                .containsEntry("TASK_ID_", task("Task_CompleteSection47Enquiry", section47).getId());
        assertThat(date(icpc, "DEADLINE_")).isEqualTo(LocalDate.of(2027, 1, 5));
        agreesWithTheEngine(section47);

        clock.set(at("2027-01-04T15:00"));
        complete(section47, "Task_CompleteSection47Enquiry", withVariables("enquiryFindings", "Findings",
                "childViews", "Wants to stay at home", "enquiryOutcome", "convene-icpc", "section47StartedOn", "2026-12-10"));
        assertThat(row(section47, "SubProcess_Section47Enquiry"))
                .containsEntry("TASK_ID_", task("Task_HoldInitialConference", section47).getId());
        complete(section47, "Task_HoldInitialConference", withVariables("initialConferenceOn", "2027-01-04",
                "conferenceChair", "Chair", "conferenceOutcome", "no-plan", "conferenceDecisions", "Child in need"));

        Map<String, Object> done = row(section47, "SubProcess_Section47Enquiry");
        assertThat(done).containsEntry("STATE_", "done").containsEntry("ON_TIME_", true).containsEntry("WORKING_DAYS_LATE_", 0);
        assertThat(date(done, "DONE_ON_")).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aLateStepCountsItsWorkingDaysLateAndEachRepeatIsARowOfItsOwn() {
        // ICPC Fri 18 Dec 2026: core group due Wed 6 Jan 2027, held Fri 8 Jan: 2 working days late
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = start("childProtectionPlan", "initialConferenceOn", "2026-12-18");
        clock.set(at("2027-01-08T16:00"));
        engine.getTaskService().complete(task("Task_HoldCoreGroup", plan).getId(), withVariables("coreGroupHeldOn", "2027-01-08",
                "coreGroupAttendees", "Family", "coreGroupProgress", "Some", "coreGroupActions", "Agreed"));

        List<Map<String, Object>> coreGroups = rows(plan, "Task_HoldCoreGroup");
        assertThat(coreGroups).hasSize(2);
        assertThat(coreGroups.get(0)).containsEntry("STATE_", "done").containsEntry("ON_TIME_", false)
                .containsEntry("WORKING_DAYS_LATE_", 2);
        assertThat(coreGroups.get(1)).containsEntry("STATE_", "open");
        agreesWithTheEngine(plan);
    }

    @Test
    void aWorkerAMovedDeadlineAndACancellationAreInTheSameCommitAsTheEngine() {
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = start("childProtectionPlan", "initialConferenceOn", "2026-12-18");
        Task review = task("Task_HoldReviewConference", plan);

        engine.getTaskService().setAssignee(review.getId(), "sw.north");
        assertThat(row(plan, "Task_HoldReviewConference")).containsEntry("WORKER_", "sw.north");

        // the conference is found to have been held on Mon 21 Dec: the first review moves to Sun 21 Mar 2027
        engine.getRuntimeService().setVariable(plan.getId(), "initialConferenceOn", "2026-12-21");
        openDeadlines.recompute(plan.getId());
        assertThat(date(row(plan, "Task_HoldReviewConference"), "DEADLINE_")).isEqualTo(LocalDate.of(2027, 3, 21));
        agreesWithTheEngine(plan);

        engine.getRuntimeService().deleteProcessInstance(plan.getId(), "Case closed");
        assertThat(jdbc.queryForList("select STATE_ from CF_STEP where PROC_INST_ID_ = ?", String.class, plan.getId()))
                .isNotEmpty().containsOnly("cancelled");
    }

    @Test
    void aRefusedCompletionLeavesTheLedgerAsItWas() {
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = start("childProtectionPlan", "initialConferenceOn", "2026-12-18");
        Map<String, Object> before = row(plan, "Task_HoldCoreGroup");

        assertThatThrownBy(() -> engine.getTaskService().complete(task("Task_HoldCoreGroup", plan).getId(),
                withVariables("coreGroupHeldOn", "2027-01-04")))
                .hasMessageContaining("coreGroup");

        assertThat(row(plan, "Task_HoldCoreGroup")).isEqualTo(before);
        assertThat(rows(plan, "Task_HoldCoreGroup")).hasSize(1);
    }

    @Test
    void occurrencesOpenAtOnceEachFollowTheirOwnTask() {
        // the weekly workload review: one task per team, open together
        clock.set(at("2026-12-07T09:00"));
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("workloadReview",
                withVariables("weekBegunOn", "2026-12-07"));

        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).list();
        assertThat(tasks).hasSizeGreaterThan(1);
        assertThat(jdbc.queryForList("select TASK_ID_ from CF_STEP where PROC_INST_ID_ = ?", String.class, review.getId()))
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(Task::getId).toList());
        agreesWithTheEngine(review);
    }

    @Test
    void aCaseOpenedBeforeTheLedgerWasKeptIsFilledFromTheEngineAndGoesOnBeingKept() {
        clock.set(at("2026-12-11T09:00"));
        ProcessInstance section47 = start("section47", "strategyDiscussionOn", "2026-12-10");
        Map<String, Object> kept = row(section47, "SubProcess_Section47Enquiry");
        jdbc.update("delete from CF_STEP where PROC_INST_ID_ = ?", section47.getId());

        assertThat(backfill.fillMissing(engine.getTaskService().createTaskQuery().processInstanceId(section47.getId()).list()))
                .isOne();

        Map<String, Object> filled = row(section47, "SubProcess_Section47Enquiry");
        for (String column : List.of("ID_", "EXECUTION_ID_", "TEAM_", "CASE_REF_", "TASK_ID_", "DEADLINE_", "REMINDER_",
                "CANDIDATE_GROUP_", "STATE_")) {
            assertThat(filled.get(column)).as(column).isEqualTo(kept.get(column));
        }
        engine.getRuntimeService().deleteProcessInstance(section47.getId(), "Closed");
        assertThat(row(section47, "SubProcess_Section47Enquiry")).containsEntry("STATE_", "cancelled");
    }

    @Test
    void stepsDoneBeforeTheLedgerWasKeptAreFilledFromTheHistoryAsTheyWereKept() {
        // core group due Wed 6 Jan 2027, held Fri 8 Jan: 2 working days late; then the plan ends with its case
        clock.set(at("2026-12-18T16:00"));
        ProcessInstance plan = start("childProtectionPlan", "initialConferenceOn", "2026-12-18");
        clock.set(at("2027-01-08T16:00"));
        engine.getTaskService().complete(task("Task_HoldCoreGroup", plan).getId(), withVariables("coreGroupHeldOn", "2027-01-08",
                "coreGroupAttendees", "Family", "coreGroupProgress", "Some", "coreGroupActions", "Agreed"));
        engine.getRuntimeService().deleteProcessInstance(plan.getId(), "Case closed");
        List<Map<String, Object>> kept = jdbc.queryForList("select * from CF_STEP where PROC_INST_ID_ = ? order by ID_", plan.getId());
        jdbc.update("delete from CF_STEP where PROC_INST_ID_ = ?", plan.getId());

        assertThat(backfill.fillFromHistory()).isGreaterThanOrEqualTo(kept.size());

        List<Map<String, Object>> filled = jdbc.queryForList("select * from CF_STEP where PROC_INST_ID_ = ? order by ID_", plan.getId());
        assertThat(filled).hasSameSizeAs(kept);
        for (int i = 0; i < kept.size(); i++) {
            for (String column : List.of("ID_", "STEP_ID_", "TEAM_", "CASE_REF_", "TASK_ID_", "DEADLINE_", "REMINDER_", "STATE_",
                    "DONE_ON_", "ON_TIME_", "WORKING_DAYS_LATE_", "TIMESCALE_", "CLOCK_START_")) {
                assertThat(filled.get(i).get(column)).as("%s of %s", column, kept.get(i).get("STEP_ID_"))
                        .isEqualTo(kept.get(i).get(column));
            }
        }
        assertThat(backfill.fillFromHistory()).as("each occurrence once").isZero();
    }

    /** Every open task of a statutory step has an open row that names it and is due on its due date. */
    private void agreesWithTheEngine(ProcessInstance instance) {
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
            if (steps.of(task.getProcessDefinitionId()).ofTask(task.getTaskDefinitionKey()).isEmpty()) {
                continue;
            }
            Map<String, Object> row = jdbc.queryForMap("select * from CF_STEP where TASK_ID_ = ? and STATE_ = 'open'", task.getId());
            assertThat(date(row, "DEADLINE_")).as(task.getTaskDefinitionKey())
                    .isEqualTo(LocalDate.ofInstant(task.getDueDate().toInstant(), London.ZONE));
            assertThat(row.get("WORKER_")).isEqualTo(task.getAssignee());
        }
    }

    private ProcessInstance start(String key, String dateVariable, String date) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, "CF-" + UUID.randomUUID(),
                withVariables("team", "north", dateVariable, date));
    }

    private Map<String, Object> row(ProcessInstance instance, String step) {
        List<Map<String, Object>> rows = rows(instance, step);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Map<String, Object>> rows(ProcessInstance instance, String step) {
        return jdbc.queryForList("select * from CF_STEP where PROC_INST_ID_ = ? and STEP_ID_ = ? order by OPENED_AT_, STATE_",
                instance.getId(), step);
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        return ((java.sql.Date) row.get(column)).toLocalDate();
    }
}
