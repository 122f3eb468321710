package org.careflow.timescales;

/**
 * Told, in the same transaction, that the open deadlines of a process instance were computed again
 * ({@link OpenDeadlines}): a record of the steps moves its deadlines with the tasks' due dates.
 */
public interface DeadlinesMoved {

    void moved(String processInstanceId);
}
