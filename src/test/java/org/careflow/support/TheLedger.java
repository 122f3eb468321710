package org.careflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.careflow.steps.StepsInForce;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine holds and what the ledger says, compared for a case after any change: every open
 * task of a statutory step has its one open row, with the task's due and follow-up days, worker, team
 * and group; and no open row names a task the engine no longer has.
 */
public final class TheLedger {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final StepsInForce steps;

    public TheLedger(ProcessEngine engine, JdbcTemplate jdbc, StepsInForce steps) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.steps = steps;
    }

    /** Asserts it of every process of the case, and returns how many open rows it compared. */
    public int agreesWithTheEngineFor(String caseReference) {
        List<Map<String, Object>> open = jdbc.queryForList("select * from CF_STEP where CASE_REF_ = ? and STATE_ = 'open'",
                caseReference);
        for (Map<String, Object> row : open) {
            Task task = engine.getTaskService().createTaskQuery().taskId((String) row.get("TASK_ID_")).singleResult();
            assertThat(task).as("the task of open row %s (%s)", row.get("ID_"), row.get("STEP_ID_")).isNotNull();
            assertThat(day(row.get("DEADLINE_"))).as("deadline of %s", task.getTaskDefinitionKey()).isEqualTo(day(task.getDueDate()));
            assertThat(day(row.get("REMINDER_"))).as("reminder of %s", task.getTaskDefinitionKey())
                    .isEqualTo(task.getFollowUpDate() == null ? day(row.get("REMINDER_")) : day(task.getFollowUpDate()));
            assertThat(row.get("WORKER_")).as("worker of %s", task.getTaskDefinitionKey()).isEqualTo(task.getAssignee());
            assertThat(row.get("TEAM_")).as("team of %s", task.getTaskDefinitionKey())
                    .isEqualTo(engine.getRuntimeService().getVariable(task.getExecutionId(), "team"));
            assertThat(row.get("CANDIDATE_GROUP_")).as("group of %s", task.getTaskDefinitionKey()).isEqualTo(
                    engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                            .filter(Objects::nonNull).sorted().findFirst().orElse(null));
        }
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).list()) {
            if (task.getDueDate() != null && isAStep(task)) {
                assertThat(open.stream().filter(row -> task.getId().equals(row.get("TASK_ID_"))))
                        .as("the open row of %s", task.getTaskDefinitionKey()).hasSize(1);
            }
        }
        return open.size();
    }

    private boolean isAStep(Task task) {
        return steps.of(task.getProcessDefinitionId()).ofTask(task.getTaskDefinitionKey()).isPresent();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.ofInstant(((java.util.Date) value).toInstant(), London.ZONE);
    }
}
