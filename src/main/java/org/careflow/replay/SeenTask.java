package org.careflow.replay;

import java.time.LocalDate;
import java.util.Map;

/** A task the replay has seen appear and not yet seen go: what it was when it came, and when it is to be done. */
final class SeenTask {

    final String id;
    final String key;
    final String caseReference;
    final String team;
    /** The order tasks came in: the order they are done in on a day. */
    final long order;
    /** The variables the task saw when it came: the case's facts its step's rule reads. */
    final Map<String, Object> facts;
    /** The occurrence of a statutory step it is a task of; none for a task of no step. */
    Occurrence occurrence;
    /** The day it is to be done; none for a task the replay leaves alone. */
    LocalDate plannedOn;
    /** For an escalation: the target the managers set, the day the overdue step will be done. */
    LocalDate targetDate;

    SeenTask(String id, String key, String caseReference, String team, long order, Map<String, Object> facts) {
        this.id = id;
        this.key = key;
        this.caseReference = caseReference;
        this.team = team;
        this.order = order;
        this.facts = facts;
    }
}
