package org.careflow.browser;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.support.EngineClock;

/** Cases set up through the engine, as the door and the job executor would, for the browser to find. */
final class Cases {

    private final ProcessEngine engine;

    Cases(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Starts a referral and gives its case reference. */
    String referral(String team, String receivedAt) {
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference, Variables
                .putValue("team", team).putValue("referralReceivedAt", receivedAt)
                .putValue("childName", "Alex").putValue("concerns", "Bruising seen at school"));
        return caseReference;
    }

    /** Starts a Child and Family assessment, its referral received the day before it started, and gives its case reference. */
    String assessment(String team, LocalDate startedOn) {
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        engine.getRuntimeService().startProcessInstanceByKey("assessment", caseReference, Variables
                .putValue("team", team).putValue("referralReceivedAt", startedOn.minusDays(1).toString())
                .putValue("assessmentStartedOn", startedOn.toString()));
        return caseReference;
    }

    /** Fires every timer now due: a case received long ago escalates at once, to its managers and its head of service. */
    void escalateWhatIsOverdue() {
        new EngineClock(engine.getManagementService()).fireDueJobs();
    }
}
