package org.careflow.tasks;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.careflow.cases.CaseVariables;
import org.careflow.escalation.EscalationProcess;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Completing a task records what the task asks, and cannot rewrite what the case's clocks and its
 * escalations decide by: its team and allocated worker, the dates of its events, the end of its
 * proceedings, an escalation's inputs. A fact recorded for the first time (the day a strategy
 * discussion was held) is what a task is for; changing one already recorded goes through
 * rescheduling, reallocation or an extension, which move the deadlines with it and are kept.
 * <p>
 * The facts are compared with those committed before this completion, read in a transaction of
 * their own: whatever changed them through an audited route since the task was created (a manager
 * rescheduling a conference, another task's visit) is the case as it stands, not a forgery.
 */
@Component
class CaseFactsUnchanged implements TaskListener {

    static final Set<String> FACTS = Stream.of(
                    Stream.of(CaseVariables.TEAM, CaseVariables.ALLOCATED_WORKER, CaseVariables.PROCEEDINGS_END),
                    CaseVariables.CLOCK_STARTS.stream(), EscalationProcess.DECIDED_BY_THE_ENGINE.stream())
            .flatMap(names -> names).collect(Collectors.toUnmodifiableSet());

    /** Task complete: refuse a fact that this completion changed or removed. */
    @Override
    public void notify(DelegateTask task) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        committedFacts(task).forEach((name, was) -> {
            Object now = instance.getVariableLocal(name);
            if (!Objects.equals(comparable(was), comparable(now))) {
                throw new InvalidInputException(name, name + " is " + display(was) + " and cannot be changed by completing '"
                        + task.getName() + "': a manager corrects a date by rescheduling or reallocates a case, "
                        + "a court extends proceedings, and only the engine writes an escalation's inputs");
            }
        });
    }

    /** Task update: a resolution (a delegated task handed back, with variables) is checked as a completion is. */
    TaskListener onResolution() {
        return task -> {
            if (task instanceof Task resolved && resolved.getDelegationState() == DelegationState.RESOLVED) {
                notify(task);
            }
        };
    }

    private static Map<String, Object> committedFacts(DelegateTask task) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) task.getProcessEngine().getProcessEngineConfiguration();
        String processInstanceId = task.getProcessInstanceId();
        return configuration.getCommandExecutorTxRequiresNew().execute((Command<Map<String, Object>>) context -> {
            // The engine's own check of what was there: the completing user need not read it all.
            context.disableAuthorizationCheck();
            return task.getProcessEngineServices().getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceId).variableNameIn(FACTS.toArray(String[]::new))
                    .disableBinaryFetching().list().stream()
                    .filter(variable -> processInstanceId.equals(variable.getExecutionId()) && variable.getValue() != null)
                    .collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue));
        });
    }

    private static Object comparable(Object value) {
        return value instanceof Date date ? date.getTime() : value;
    }

    private static String display(Object value) {
        return value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
    }
}
