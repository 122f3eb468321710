package org.careflow.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Decide on referral · CF-1234": a task list can be read at a glance. */
@Component
class TaskNaming implements TaskListener {

    static final String SEPARATOR = " · ";

    @Override
    public void notify(DelegateTask task) {
        String caseReference = task.getExecution().getProcessBusinessKey();
        if (caseReference != null && task.getName() != null) {
            task.setName(task.getName() + SEPARATOR + caseReference);
        }
    }
}
