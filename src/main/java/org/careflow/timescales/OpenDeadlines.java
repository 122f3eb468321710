package org.careflow.timescales;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Moves every open deadline of a case together after a date it runs from has changed (a conference
 * rescheduled, proceedings extended, a local timescale changed, a plan's visit standard changed at
 * a review: {@code ${openDeadlines.recompute(task.processInstanceId)}}): each open task's due and
 * follow-up dates and each waiting timer are evaluated again from the model's own expressions, in
 * one transaction, so a task and its escalation can never disagree.
 */
@Component("openDeadlines")
public class OpenDeadlines {

    private final ProcessEngine engine;
    private final List<DeadlinesMoved> listeners;

    OpenDeadlines(ProcessEngine engine, List<DeadlinesMoved> listeners) {
        this.engine = engine;
        this.listeners = listeners;
    }

    /** Recomputes the deadlines of one process instance; says how many tasks and timers it moved. */
    public int recompute(String processInstanceId) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute((Command<Integer>) context -> {
            // Whoever may change a case's date moves all its deadlines, the tasks of other groups too.
            context.disableAuthorizationCheck();
            int moved = 0;
            // The task definition's expressions are engine internals, but they are the only place
            // the model says how a due date is computed; evaluating them again keeps that one source.
            for (var task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
                TaskEntity entity = (TaskEntity) task;
                var definition = entity.getTaskDefinition();
                Date due = evaluate(definition.getDueDateExpression(), entity);
                Date followUp = evaluate(definition.getFollowUpDateExpression(), entity);
                // a description may name the days (a PLO day and the business day to act by): it moves too
                if (definition.getDescriptionExpression() != null
                        && definition.getDescriptionExpression().getValue(entity.getExecution()) instanceof String description) {
                    entity.setDescription(description);
                }
                if (due != null) {
                    entity.setDueDate(due);
                }
                if (followUp != null) {
                    entity.setFollowUpDate(followUp);
                }
                moved++;
            }
            for (Job timer : engine.getManagementService().createJobQuery()
                    .processInstanceId(processInstanceId).timers().list()) {
                engine.getManagementService().recalculateJobDuedate(timer.getId(), false);
                moved++;
            }
            listeners.forEach(listener -> listener.moved(processInstanceId));
            return moved;
        });
    }

    private static Date evaluate(Expression expression, TaskEntity task) {
        if (expression == null) {
            return null;
        }
        return expression.getValue(task.getExecution()) instanceof Date date ? date : null;
    }
}
