package org.careflow.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.careflow.timescales.EventDates;

/**
 * One process of a child's case (a referral, an assessment, an enquiry, a plan) as the engine's
 * history holds it, with the steps of it the ledger holds: the day each was last done, and the
 * deadline each timescale gave it.
 *
 * @param worker the worker allocated, or who last held one of its steps
 * @param held   who took each of its steps on, in order (CF_STEP_WORKER; a manager's agreement or oversight not counted)
 */
record Episode(String id, String processKey, String caseReference, String childId, String team, String worker,
               Instant startedAt, Instant endedAt, Map<String, Object> variables, Map<String, List<LocalDate>> stepsDone,
               Map<String, LocalDate> deadlines, List<Held> held) {

    /** A practitioner taking a step of the case on. */
    record Held(String worker, Instant from) {
    }

    /** The day the step was last done in this episode, if it was. */
    LocalDate lastDone(String stepId) {
        List<LocalDate> done = stepsDone.getOrDefault(stepId, List.of());
        return done.isEmpty() ? null : done.get(done.size() - 1);
    }

    /** Every day the step was done, in order. */
    List<LocalDate> done(String stepId) {
        return stepsDone.getOrDefault(stepId, List.of());
    }

    boolean wasDone(String stepId) {
        return !done(stepId).isEmpty();
    }

    boolean isOpenOn(LocalDate day, ZoneId zone) {
        return endedAt == null || !LocalDate.ofInstant(endedAt, zone).isBefore(day);
    }

    LocalDate endedOn(ZoneId zone) {
        return endedAt == null ? null : LocalDate.ofInstant(endedAt, zone);
    }

    /** A date the case recorded, as the day it was in the authority's zone. */
    LocalDate date(String variable, ZoneId zone) {
        Object value = variables.get(variable);
        return value == null || value instanceof String text && text.isBlank() ? null : EventDates.parse(variable, value).date(zone);
    }

    /**
     * The day a plan ended: the review that ended it, where a review did (its task may be completed days
     * later), else the day its process ended (a case closed, a child in need plan stepped up).
     */
    LocalDate planEndedOn(ZoneId zone) {
        if (endedAt == null) {
            return null;
        }
        LocalDate reviewed = switch (processKey) {
            case "childProtectionPlan" -> text("reviewDecision") != null && text("reviewDecision").startsWith("end-plan")
                    ? date("reviewHeldOn", zone) : null;
            case "childInNeedPlan" -> "end-plan".equals(text("cinPlanReviewDecision")) ? date("cinPlanReviewOn", zone) : null;
            default -> null;
        };
        return reviewed != null ? reviewed : endedOn(zone);
    }

    /** The day an assessment was authorised, if a manager authorised it (a cancelled one is not). */
    LocalDate authorisedOn(ZoneId zone) {
        return "yes".equals(text("assessmentAuthorised")) ? date("assessmentAuthorisedAt", zone) : null;
    }

    /**
     * Whether a section 47 process came to an enquiry: its strategy discussion was held and did not
     * decide against one (a case moved in at the enquiry has no decision recorded).
     */
    boolean enquiryStarted() {
        return variables.get("strategyDiscussionOn") != null && !"no-enquiry".equals(text("section47Decision"));
    }

    String text(String variable) {
        Object value = variables.get(variable);
        return value == null ? null : value.toString();
    }
}
