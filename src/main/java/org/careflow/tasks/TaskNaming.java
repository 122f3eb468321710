package org.careflow.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Decide on referral · CF-1234": Tasklist's list shows a task's name and not its case, so the name
 * carries the case reference for people to read. It is display only: the step is the model's name of
 * the task, the case its business key.
 */
@Component
public class TaskNaming implements TaskListener {

    private static final String SEPARATOR = " · ";

    @Override
    public void notify(DelegateTask task) {
        String caseReference = task.getExecution().getProcessBusinessKey();
        if (caseReference != null && task.getName() != null) {
            task.setName(task.getName() + SEPARATOR + caseReference);
        }
    }
}
