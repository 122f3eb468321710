package org.careflow.tasks;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.careflow.organisation.Organisation;
import org.careflow.organisation.Teams;
import org.springframework.stereotype.Component;

/**
 * A team's managers see, and may take on, every task of their team: the team's task is offered to
 * {@code <team>-managers} too, so it shows in their Tasklist filters ("Overdue" above all) and
 * their task authorizations follow from Camunda's own candidate-group grants. (It reaches the
 * identity service through the task: as an engine plugin's part it exists before the engine.)
 */
@Component
class ManagersOfTheTeam implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        IdentityService identityService = task.getProcessEngineServices().getIdentityService();
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(group -> Teams.isTeam(identityService, group))
                .toList()
                .forEach(team -> task.addCandidateGroup(Organisation.managersOf(team)));
    }
}
