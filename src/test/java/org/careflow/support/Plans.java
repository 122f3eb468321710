package org.careflow.support;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/** Child protection plans of the North team, and the deadlines of their visits. */
public final class Plans {

    private Plans() {
    }

    public static ProcessInstance start(ProcessEngine engine, String initialConferenceOn) {
        return engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", "CF-" + UUID.randomUUID(),
                Variables.putValue("team", "north").putValue("initialConferenceOn", initialConferenceOn));
    }

    /** A visit at which the child was seen: the next one runs from it, on the visit standard in force. */
    public static void visit(ProcessEngine engine, ProcessInstance plan, String visitedOn) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey("Task_VisitChild").singleResult().getId();
        engine.getTaskService().complete(taskId, Variables.putValue("visitedOn", visitedOn).putValue("visitLocation", "home")
                .putValue("childSeen", "yes").putValue("seenAlone", "yes").putValue("childViews", "Happy at school")
                .putValue("visitObservations", "Observed"));
    }

    public static Date taskDue(ProcessEngine engine, ProcessInstance plan, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey)
                .singleResult().getDueDate();
    }

    public static Date timerDue(ProcessEngine engine, ProcessInstance plan, String timerId) {
        return engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).activityId(timerId)
                .singleResult().getDuedate();
    }

    public static String definitionOf(ProcessEngine engine, ProcessInstance plan) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.getId())
                .singleResult().getProcessDefinitionId();
    }
}
