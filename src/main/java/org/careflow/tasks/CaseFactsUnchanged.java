package org.careflow.tasks;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.careflow.cases.CaseVariables;
import org.careflow.cases.CaseFacts;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Completing a task records what the task asks, and nothing else, and cannot rewrite what the case's
 * clocks and its escalations decide by: its team and allocated worker, the dates of its events, the
 * end of its proceedings, an escalation's inputs. A fact recorded for the first time (the day a
 * strategy discussion was held) is what a task is for, where its form asks for it; changing one
 * already recorded goes through rescheduling, reallocation or an extension, which move the deadlines
 * with it and are kept. A value the task's form does not ask for (another step's date, a hearing's
 * listing, the plan's visit standard) is not the task's to write at all.
 * <p>
 * The case's variables are compared with those committed before this completion, read in a
 * transaction of their own: whatever changed them through an audited route since the task was
 * created (a manager rescheduling a conference, another task's visit) is the case as it stands, not
 * a forgery; and what the engine writes once the task is completed (its listeners) comes after.
 */
@Component
class CaseFactsUnchanged {

    /** What no completion changes in any case, whatever its models declare (and what the engine decides). */
    private static final Set<String> ALWAYS =
            Set.of(CaseVariables.TEAM, CaseVariables.ALLOCATED_WORKER, CaseVariables.PROCEEDINGS_END);

    private final RequiredFormFields forms;
    private final CaseFacts caseFacts;

    CaseFactsUnchanged(RequiredFormFields forms, CaseFacts caseFacts) {
        this.forms = forms;
        this.caseFacts = caseFacts;
    }

    /** The case's facts as the task's own model declares them, and what is always guarded. */
    private Set<String> factsOf(DelegateTask task) {
        Set<String> facts = new HashSet<>(ALWAYS);
        facts.addAll(caseFacts.decidedByTheEngine());
        facts.addAll(caseFacts.eventsOf(List.of(task.getProcessDefinitionId())));
        return facts;
    }

    /** Task complete, for a task with a Camunda Form (whose fields are what it may write) or without one. */
    TaskListener onCompletion(boolean hasForm) {
        return task -> check(task, hasForm);
    }

    /** Task update: a resolution (a delegated task handed back, with variables) is checked as a completion is. */
    TaskListener onResolution(boolean hasForm) {
        return task -> {
            if (task instanceof Task resolved && resolved.getDelegationState() == DelegationState.RESOLVED) {
                check(task, hasForm);
            }
        };
    }

    private void check(DelegateTask task, boolean hasForm) {
        Map<String, Object> now = task.getExecution().getProcessInstance().getVariablesLocal();
        Map<String, Object> committed = committedVariables(task);
        Set<String> asked = hasForm ? forms.fieldsOf(task).stream().map(FormField::key).collect(Collectors.toSet()) : null;
        Set<String> facts = factsOf(task);
        Set<String> names = new TreeSet<>(now.keySet());
        names.addAll(committed.keySet());
        for (String name : names) {
            Object was = committed.get(name);
            if (Objects.equals(comparable(was), comparable(now.get(name)))) {
                continue;
            }
            if (facts.contains(name) && was != null) {
                throw new InvalidInputException(name, name + " is " + display(was) + " and cannot be changed by completing '"
                        + task.getName() + "': a manager corrects a date by rescheduling or reallocates a case, "
                        + "a court extends proceedings, and only the engine writes an escalation's inputs");
            }
            if (asked != null && !asked.contains(name)) {
                throw new InvalidInputException(name, name + " is not asked by '" + task.getName()
                        + "', so completing it cannot record it");
            }
        }
    }

    private static Map<String, Object> committedVariables(DelegateTask task) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) task.getProcessEngine().getProcessEngineConfiguration();
        String processInstanceId = task.getProcessInstanceId();
        return configuration.getCommandExecutorTxRequiresNew().execute((Command<Map<String, Object>>) context -> {
            // The engine's own check of what was there: the completing user need not read it all.
            context.disableAuthorizationCheck();
            Map<String, Object> variables = new HashMap<>();
            task.getProcessEngineServices().getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceId).disableBinaryFetching().list().stream()
                    .filter(variable -> processInstanceId.equals(variable.getExecutionId()))
                    .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
            return variables;
        });
    }

    private static Object comparable(Object value) {
        return value instanceof Date date ? date.getTime() : value;
    }

    private static String display(Object value) {
        return value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
    }
}
