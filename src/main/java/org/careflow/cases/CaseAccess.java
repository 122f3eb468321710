package org.careflow.cases;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careflow.organisation.Grants;
import org.careflow.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Team isolation, case by case: the case team and its managers may read the process instance and
 * its history; nobody else but heads of service and admins, whose grants are standing ones.
 */
@Component
public class CaseAccess {

    private final Grants grants;

    CaseAccess(AuthorizationService authorizationService) {
        this.grants = new Grants(authorizationService);
    }

    /** Called as each case process starts ({@link CaseStart}): its instance is new, so it holds no grant yet. */
    public void grant(DelegateExecution execution) {
        String team = (String) execution.getVariable(CaseVariables.TEAM);
        String processInstanceId = execution.getProcessInstanceId();
        String managers = Organisation.managersOf(team);
        // Read only: a case's facts change through CareFlow's audited operations (rescheduling,
        // reallocation, extension), never by writing its variables over the engine's REST API.
        for (String group : new String[] {team, managers}) {
            grants.toGroupOnNew(group, PROCESS_INSTANCE, processInstanceId, READ);
            grants.toGroupOnNew(group, HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
        }
    }
}
