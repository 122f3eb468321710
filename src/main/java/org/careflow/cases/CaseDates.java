package org.careflow.cases;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.OpenDeadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects the date a case's clocks run from (a conference rescheduled, a date entered wrongly):
 * the variable changes as the current user, within their authorizations; every open deadline that
 * depends on it moves, due dates and timers together; and the change is kept with who, when and why.
 */
@Service
public class CaseDates {


    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final PastEvents pastEvents;
    private final OpenDeadlines openDeadlines;

    CaseDates(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
              PastEvents pastEvents, OpenDeadlines openDeadlines) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.pastEvents = pastEvents;
        this.openDeadlines = openDeadlines;
    }

    public record Change(String processInstanceId, String variable, Object from, String to, int deadlinesMoved) {
    }

    @Transactional
    public Change change(String processInstanceId, String variable, String date, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say why the date changes");
        }
        if (!CaseVariables.CLOCK_STARTS.contains(variable)) {
            throw new InvalidInputException("variable", "'" + variable + "' is not a date a clock runs from; one of "
                    + CaseVariables.CLOCK_STARTS.stream().sorted().toList());
        }
        Map<String, Object> variables = runtimeService.getVariables(processInstanceId);
        if (!variables.containsKey(variable)) {
            throw new InvalidInputException("variable", "the case has no date '" + variable + "' to change");
        }
        pastEvents.checkOne(variable, date);
        Object from = variables.get(variable);
        runtimeService.setVariable(processInstanceId, variable, date);
        int moved = openDeadlines.recompute(processInstanceId);
        String user = identityService.getCurrentAuthentication().getUserId();
        taskService.createComment(null, processInstanceId,
                variable + " changed from " + from + " to " + date + " by " + user + ": " + reason);
        return new Change(processInstanceId, variable, from, date, moved);
    }
}
