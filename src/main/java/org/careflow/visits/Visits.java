package org.careflow.visits;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Whether a visit counts as a statutory visit: the child was seen, and in person unless local policy
 * counts a video call. Only a visit that counts restarts the visit clock, from the day it was made;
 * one that does not is kept as recorded, and the case stays as overdue as it was. Called from BPMN
 * when a visit task completes: {@code ${visits.record(task)}}.
 */
@Component("visits")
public class Visits {

    static final String VIDEO_CALL = "video-call";

    private final VisitProperties properties;

    Visits(VisitProperties properties) {
        this.properties = properties;
    }

    public void record(DelegateTask visit) {
        boolean seen = "yes".equals(visit.getVariable("childSeen"));
        boolean inPerson = !VIDEO_CALL.equals(visit.getVariable("visitLocation"));
        boolean counts = seen && (inPerson || properties.videoCallCounts());
        visit.setVariableLocal("visitCounts", counts);
        if (counts) {
            visit.setVariable("lastVisitOn", visit.getVariable("visitedOn"));
        }
    }
}
