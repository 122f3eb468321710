package org.careflow.cases;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.careflow.children.ChildRecord;
import org.careflow.input.BusinessKeyLength;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.CurrentUser;
import org.careflow.organisation.Organisation;
import org.careflow.organisation.Teams;
import org.springframework.stereotype.Component;

/**
 * The door every case process starts through: the case reference, the team, the dates its clocks
 * run from and the child it is for are checked before anything waits in the engine. A refusal rolls back the
 * whole start, so no instance is left behind.
 */
@Component("caseStart")
public class CaseStart {

    private final Teams teams;
    private final CaseAccess caseAccess;
    private final PastEvents pastEvents;
    private final ChildRecord children;

    CaseStart(Teams teams, CaseAccess caseAccess, PastEvents pastEvents, ChildRecord children) {
        this.teams = teams;
        this.caseAccess = caseAccess;
        this.pastEvents = pastEvents;
        this.children = children;
    }

    /**
     * Called from BPMN as the process start listener, naming the variables that hold the dates of
     * events that have already happened as {@link PastEvents#check} reads them:
     * {@code ${caseStart.open(execution, 'referralReceivedAt')}}.
     */
    public void open(DelegateExecution execution, String eventDateVariables) {
        BusinessKeyLength.refuseLongKeys(execution);
        caseReference(execution);
        team(execution);
        openedByTheTeam(execution);
        oneTeamOneOpenProcess(execution);
        pastEvents.check(execution, eventDateVariables);
        children.open(execution);
        caseAccess.grant(execution);
    }

    private void caseReference(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        Object fromForm = execution.getVariable(CaseVariables.CASE_REFERENCE);
        if (isBlank(businessKey) && fromForm instanceof String reference && !reference.isBlank()) {
            execution.setProcessBusinessKey(reference.trim());
        } else if (isBlank(businessKey)) {
            throw new InvalidInputException("businessKey",
                    "businessKey (the case reference) is required to start a case");
        } else if (fromForm != null && !businessKey.equals(fromForm)) {
            throw new InvalidInputException(CaseVariables.CASE_REFERENCE,
                    "caseReference '" + fromForm + "' differs from the businessKey '" + businessKey + "'");
        }
    }

    private void team(DelegateExecution execution) {
        Object team = execution.getVariable(CaseVariables.TEAM);
        if (!(team instanceof String name) || name.isBlank()) {
            throw new InvalidInputException(CaseVariables.TEAM, "team is required: the id of the team the case is allocated to");
        }
        if (!teams.exists(name)) {
            throw new InvalidInputException(CaseVariables.TEAM, "team '" + name + "' is not a known team");
        }
    }

    /**
     * A case of a team is opened by its members, its managers, a head of service or an administrator
     * (moving an authority's cases in), never by another team's worker in its name. The engine itself,
     * continuing a case from the process before, acts for the user who completed that step.
     */
    private void openedByTheTeam(DelegateExecution execution) {
        CurrentUser user = CurrentUser.of(execution.getProcessEngineServices().getIdentityService());
        if (!user.isSomebody()) {
            return;
        }
        String team = (String) execution.getVariable(CaseVariables.TEAM);
        if (!user.isIn(team) && !Organisation.oversees(user.groupIds(), team) && !user.isIn(Groups.CAMUNDA_ADMIN)) {
            throw new InvalidInputException(CaseVariables.TEAM, "a case of team '" + team
                    + "' is opened by the team, its managers or a head of service, not by " + user.userId());
        }
    }

    /**
     * A case reference is the team's: another team cannot open a case under it (and so block the
     * case's own managers). And a case runs each process once at a time: a second referral of an
     * open referral is refused, not opened beside it (a new referral of the same child waits until
     * the open one is decided, and is then recorded under the same reference).
     */
    private void oneTeamOneOpenProcess(DelegateExecution execution) {
        String caseReference = execution.getProcessBusinessKey();
        Object team = execution.getVariable(CaseVariables.TEAM);
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        List<HistoricProcessInstance> earlier = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).list().stream()
                .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId())).toList();
        if (earlier.isEmpty()) {
            return;
        }
        boolean anotherTeams = history.createHistoricVariableInstanceQuery().variableName(CaseVariables.TEAM)
                .processInstanceIdIn(earlier.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list().stream().anyMatch(variable -> !team.equals(variable.getValue()));
        if (anotherTeams) {
            throw new InvalidInputException("businessKey", "case reference '" + caseReference
                    + "' is held by another team: choose another reference");
        }
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        if (earlier.stream().anyMatch(instance -> instance.getEndTime() == null
                && processKey.equals(instance.getProcessDefinitionKey()))) {
            throw new InvalidInputException("businessKey", "case '" + caseReference + "' already has an open "
                    + processKey + ": complete or close it before another starts");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
