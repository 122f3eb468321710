package org.careflow.replay;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which occurrence of a step a task or an escalation is about, as the ledger (CF_STEP) identifies
 * occurrences: the declaring element's activity instance. Read only; the ledger module writes it.
 */
final class LedgerOccurrences {

    private final JdbcTemplate jdbc;

    LedgerOccurrences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The occurrence a task belongs to: the row it is the latest task of, or the step's one open row. */
    Optional<String> occurrenceOf(String processInstanceId, String taskId, String stepId) {
        List<String> ids = jdbc.queryForList("select ID_ from CF_STEP where PROC_INST_ID_ = ? and TASK_ID_ = ?",
                String.class, processInstanceId, taskId);
        if (ids.isEmpty()) {
            ids = jdbc.queryForList("select ID_ from CF_STEP where PROC_INST_ID_ = ? and STEP_ID_ = ? and STATE_ = 'open'",
                    String.class, processInstanceId, stepId);
        }
        return ids.stream().findFirst();
    }

    /** The latest occurrence running where an escalation says the overdue step runs. */
    Optional<String> occurrenceRunningIn(Object processInstanceId, Object executionId) {
        return jdbc.queryForList("select ID_ from CF_STEP where PROC_INST_ID_ = ? and EXECUTION_ID_ = ? order by OPENED_AT_ desc",
                String.class, processInstanceId, executionId).stream().findFirst();
    }
}
