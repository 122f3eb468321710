package org.careflow.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Decide on referral · CF-1234": a task list can be read at a glance. */
@Component
public class TaskNaming implements TaskListener {

    static final String SEPARATOR = " · ";

    /** The step a task name names, without its case reference. */
    public static String stepOf(String taskName, String caseReference) {
        String suffix = SEPARATOR + caseReference;
        return taskName != null && taskName.endsWith(suffix)
                ? taskName.substring(0, taskName.length() - suffix.length())
                : taskName;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseReference = task.getExecution().getProcessBusinessKey();
        if (caseReference != null && task.getName() != null) {
            task.setName(task.getName() + SEPARATOR + caseReference);
        }
    }
}
