package org.careflow.escalation;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Asked by the escalation process before it goes to a head of service: is the step still not done? */
@Component("overdueSteps")
public class OverdueSteps {

    private final HistoryService historyService;
    private final TaskService taskService;

    OverdueSteps(HistoryService historyService, TaskService taskService) {
        this.historyService = historyService;
        this.taskService = taskService;
    }

    /**
     * A step that repeats (a visit, a core group) has a newer occurrence open once the overdue one
     * is done; only an occurrence due by the escalated deadline is the overdue step. A deadline
     * moved later since the escalation is no longer passed either.
     */
    public boolean stillOpen(String processInstanceId, String stepId, Date deadline) {
        List<Task> tasks = taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(stepId).list();
        if (!tasks.isEmpty()) {
            return tasks.stream().anyMatch(task -> task.getDueDate() == null || !task.getDueDate().after(deadline));
        }
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityId(stepId)
                .unfinished()
                .count() > 0;
    }
}
