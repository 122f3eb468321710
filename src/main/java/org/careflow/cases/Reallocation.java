package org.careflow.cases;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.AsSystem;
import org.careflow.organisation.CurrentUser;
import org.careflow.organisation.ManagedTeams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager moves a case to another worker of its team: the case is allocated to them, its open
 * team tasks are theirs, and the change is kept with who, when and why.
 */
@Service
class Reallocation {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagedTeams managedTeams;

    Reallocation(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                 ManagedTeams managedTeams) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managedTeams = managedTeams;
    }

    record Result(String caseReference, String team, String worker, int tasksMoved) {
    }

    @Transactional
    Result allocate(String caseReference, String worker, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say why the case moves");
        }
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).list();
        if (instances.isEmpty()) {
            throw new InvalidInputException("caseReference", "no open case '" + caseReference + "' that you can see");
        }
        String team = (String) runtimeService.getVariable(instances.get(0).getId(), CaseVariables.TEAM);
        if (!managedTeams.ofCurrentUser().contains(team)) {
            throw new InvalidInputException("caseReference", "case '" + caseReference + "' belongs to team '" + team
                    + "', which you do not manage");
        }
        if (!isMember(worker, team)) {
            throw new InvalidInputException("worker", "worker '" + worker + "' is not a member of team '" + team + "'");
        }
        String manager = CurrentUser.of(identityService).userId();
        // Checked above: the user oversees this team, so they move its tasks (practitioners may only work on theirs).
        int moved = AsSystem.run(identityService, () -> {
            int tasks = 0;
            for (ProcessInstance instance : instances) {
                runtimeService.setVariable(instance.getId(), CaseVariables.ALLOCATED_WORKER, worker);
                for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(team)
                        .includeAssignedTasks().list()) {
                    taskService.setAssignee(task.getId(), worker);
                    tasks++;
                }
                taskService.createComment(null, instance.getId(), "Allocated to " + worker + " by " + manager + ": " + reason);
            }
            return tasks;
        });
        return new Result(caseReference, team, worker, moved);
    }

    private boolean isMember(String worker, String team) {
        return worker != null && AsSystem.run(identityService,
                () -> identityService.createUserQuery().userId(worker).memberOfGroup(team).count() == 1);
    }
}
