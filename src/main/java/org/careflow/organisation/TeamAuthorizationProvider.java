package org.careflow.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The grants the engine makes by itself, cut to what follows a case's team. Camunda's default gives
 * each assignee, owner and candidate user a grant of their own on the task and its history, and
 * never takes it back: a worker reallocated away, moved to another team, or deleted (and anyone
 * later created with the same id) kept reading the case. Here tasks are reached only through their
 * candidate groups (every CareFlow task has one, and keeps it when assigned), so access goes with
 * membership of the team. And a user may read and change their own profile, not delete it.
 */
class TeamAuthorizationProvider extends DefaultAuthorizationProvider {

    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, USER, user.getId(), READ, UPDATE)};
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return NONE;
    }
}
