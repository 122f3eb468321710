package org.careflow.timescalechange;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.ProcessOwners;
import org.careflow.timescales.OpenDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A changed timescale applies to every deadline computed after it is deployed; the deadlines
 * already open keep the dates they were given until a process owner applies the change to the
 * running cases. Then every open due date and timer of the process is computed again, in one
 * transaction, and each case keeps a note of who did it, when and why.
 */
@Service
class TimescaleChange {

    private static final Logger LOG = LoggerFactory.getLogger(TimescaleChange.class);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final OpenDeadlines openDeadlines;
    private final ProcessOwners processOwners;

    TimescaleChange(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                    OpenDeadlines openDeadlines, ProcessOwners processOwners) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.openDeadlines = openDeadlines;
        this.processOwners = processOwners;
    }

    /** @param deadlinesRecomputed the open tasks and timers whose dates were computed again */
    public record Applied(String processDefinitionKey, int cases, int deadlinesRecomputed, String by, String reason) {
    }

    @Transactional
    Applied applyToRunningCases(String processDefinitionKey, String reason) {
        String user = processOwners.require("recompute the deadlines of running cases");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say what changed, for example the visit standard");
        }
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey).count() == 0) {
            throw new NullValueException("No process has the key '" + processDefinitionKey + "'");
        }
        int cases = 0;
        int recomputed = 0;
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(processDefinitionKey).list()) {
            recomputed += openDeadlines.recompute(instance.getId());
            taskService.createComment(null, instance.getId(),
                    "Open deadlines computed again from the timescales in force by " + user + ": " + reason);
            cases++;
        }
        LOG.info("{} recomputed the open deadlines of {} running {} cases ({} tasks and timers): {}",
                user, cases, processDefinitionKey, recomputed, reason);
        return new Applied(processDefinitionKey, cases, recomputed, user, reason);
    }
}
