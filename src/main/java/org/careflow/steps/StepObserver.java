package org.careflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told, in the engine's own transaction, when an occurrence of a declared statutory step opens,
 * gets a task or a new assignee, and ends: so a record of the steps (the ledger) can never disagree
 * with the engine. Implemented by capabilities that keep such a record; steps depends on none of them.
 */
public interface StepObserver {

    /** The declaring element (a user task or a sub-process) started: a new occurrence. */
    void opened(StepDeclaration step, DelegateExecution execution);

    /** A task of the occurrence was created, or given an assignee (a claim, a reallocation). */
    void taskChanged(StepDeclaration step, DelegateTask task);

    /** The declaring element ended: done, or cancelled with what it ran in ({@link DelegateExecution#isCanceled()}). */
    void ended(StepDeclaration step, DelegateExecution execution);
}
