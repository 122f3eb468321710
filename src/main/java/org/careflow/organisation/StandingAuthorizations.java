package org.careflow.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.careflow.organisation.Organisation.HEADS_OF_SERVICE;
import static org.careflow.organisation.Organisation.PROCESS_OWNERS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.identity.Group;

/**
 * The grants every organisation needs, whatever its teams: everyone may use Tasklist and see the
 * shared filters and the models; managers may use Cockpit; heads of service see every case;
 * process owners own the models. Who may start a case, and which cases a team sees, the cases
 * module grants ({@code CaseStartGrants}, {@code CaseAccess}): the organisation knows no process.
 */
class StandingAuthorizations {

    private final Grants grants;
    private final IdentityService identityService;

    StandingAuthorizations(Grants grants, IdentityService identityService) {
        this.grants = grants;
        this.identityService = identityService;
    }

    void apply() {
        grants.toEveryone(APPLICATION, "tasklist", ACCESS);
        grants.toEveryone(FILTER, ANY, READ);
        grants.toEveryone(PROCESS_DEFINITION, ANY, READ);

        for (Group managers : Organisation.groupsOfType(identityService, Organisation.MANAGERS_TYPE,
                identityService.createGroupQuery())) {
            grants.toGroup(managers.getId(), APPLICATION, "cockpit", ACCESS);
        }

        grants.toGroup(HEADS_OF_SERVICE, APPLICATION, "cockpit", ACCESS);
        grants.toGroup(HEADS_OF_SERVICE, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
        grants.toGroup(HEADS_OF_SERVICE, PROCESS_INSTANCE, ANY, READ);
        grants.toGroup(HEADS_OF_SERVICE, TASK, ANY, READ);
        grants.toGroup(HEADS_OF_SERVICE, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grants.toGroup(HEADS_OF_SERVICE, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        grants.toGroup(PROCESS_OWNERS, APPLICATION, "cockpit", ACCESS);
        grants.toGroup(PROCESS_OWNERS, DEPLOYMENT, ANY, ALL);
        grants.toGroup(PROCESS_OWNERS, PROCESS_DEFINITION, ANY, ALL);
        grants.toGroup(PROCESS_OWNERS, DECISION_DEFINITION, ANY, ALL);
        grants.toGroup(PROCESS_OWNERS, DECISION_REQUIREMENTS_DEFINITION, ANY, ALL);
    }
}
