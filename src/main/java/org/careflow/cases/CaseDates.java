package org.careflow.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.AsSystem;
import org.careflow.organisation.CurrentUser;
import org.careflow.organisation.Organisation;
import org.careflow.timescales.OpenDeadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects the date a case's clocks run from: the date of an event that has happened (a conference
 * held on another day than recorded), never later than now; or a hearing the court has relisted,
 * a business day that may be ahead. A conference merely rearranged does not move its deadline,
 * which is the law's. Only the case team's managers and heads of service may do it; every open
 * deadline that depends on the date moves, due dates and timers together; the change is kept with
 * who, when and why. Nobody holds a grant to write a case's variables: this is the way.
 */
@Service
public class CaseDates {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final PastEvents pastEvents;
    private final OpenDeadlines openDeadlines;
    private final ListedHearings hearings;
    private final CaseFacts caseFacts;

    CaseDates(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
              PastEvents pastEvents, OpenDeadlines openDeadlines, ListedHearings hearings, CaseFacts caseFacts) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.pastEvents = pastEvents;
        this.openDeadlines = openDeadlines;
        this.hearings = hearings;
        this.caseFacts = caseFacts;
    }

    public record Change(String caseReference, String variable, Object from, String to, int deadlinesMoved) {
    }

    @Transactional
    public Change change(String caseReference, String variable, String date, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say why the date changes");
        }
        List<ProcessInstance> instances = AsSystem.run(identityService, () ->
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list());
        String user = requireOverseerOf(caseReference, instances);
        // the dates this case's clocks run from, as its models declare them
        Set<String> events = AsSystem.run(identityService, () ->
                caseFacts.eventsOf(instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct().toList()));
        boolean happened = events.contains(variable);
        if (!happened && !CaseVariables.LISTED_HEARINGS.contains(variable)) {
            throw new InvalidInputException("variable", "'" + variable + "' is not a date a clock of this case runs from; one of "
                    + events + " (events that have happened) or "
                    + CaseVariables.LISTED_HEARINGS.stream().sorted().toList() + " (hearings the court lists)");
        }
        Map<String, Object> holders = AsSystem.run(identityService, () -> datesOf(instances, variable));
        if (holders.isEmpty()) {
            throw new InvalidInputException("variable", "the case has no date '" + variable + "' to change");
        }
        if (happened) {
            pastEvents.checkOne(variable, date);
        } else {
            hearings.businessDay(variable, date);
        }
        Object from = holders.values().iterator().next();
        int moved = AsSystem.run(identityService, () -> holders.keySet().stream().mapToInt(processInstanceId -> {
            runtimeService.setVariable(processInstanceId, variable, date);
            taskService.createComment(null, processInstanceId,
                    variable + " changed from " + from + " to " + date + " by " + user + ": " + reason);
            return openDeadlines.recompute(processInstanceId);
        }).sum());
        return new Change(caseReference, variable, from, date, moved);
    }

    /** The user, who must oversee the case's team; others learn no more than that they may not. */
    private String requireOverseerOf(String caseReference, List<ProcessInstance> instances) {
        CurrentUser current = CurrentUser.of(identityService);
        if (instances.isEmpty()) {
            throw new NullValueException("no open case '" + caseReference + "'");
        }
        Object team = AsSystem.run(identityService,
                () -> runtimeService.getVariable(instances.get(0).getId(), CaseVariables.TEAM));
        if (!(team instanceof String name) || !Organisation.oversees(current.groupIds(), name)) {
            throw new AuthorizationException("Only the managers of the case's team and heads of service may change "
                    + "the dates of case '" + caseReference + "'");
        }
        return current.userId();
    }

    /** The open process instances of the case that hold the date, with its value. */
    private Map<String, Object> datesOf(List<ProcessInstance> instances, String variable) {
        String[] ids = instances.stream().map(ProcessInstance::getId).toArray(String[]::new);
        return runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids).variableName(variable)
                .disableBinaryFetching().list().stream()
                .filter(date -> date.getProcessInstanceId().equals(date.getExecutionId()))
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue));
    }
}
