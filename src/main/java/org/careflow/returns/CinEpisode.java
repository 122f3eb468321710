package org.careflow.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child in need episode as the census counts it: from a referral to the case's closure, with the
 * assessments, enquiries and plans of the case in between. A referral while an episode is open
 * belongs to that episode, not a new one.
 *
 * @param closedOn      the day the last of its processes ended, while nothing of it stays open
 * @param closureReason the census' reason for closure, as the case ended
 */
record CinEpisode(Episode referral, LocalDate referredOn, boolean noFurtherAction, List<Episode> processes,
                  LocalDate closedOn, String closureReason) {

    /** The census' primary need for an episode no authorised assessment has given one. */
    static final String NOT_STATED = "N0";

    CinEpisode(Episode referral, LocalDate referredOn, boolean noFurtherAction) {
        this(referral, referredOn, noFurtherAction, new ArrayList<>(), null, null);
    }

    List<Episode> of(String processKey) {
        return processes.stream().filter(process -> process.processKey().equals(processKey)).toList();
    }

    /** The need the latest assessment authorised by the day found; "not stated" (N0) until one has. */
    String primaryNeed(LocalDate asAt, java.time.ZoneId zone) {
        return of("assessment").stream()
                .filter(assessment -> assessment.authorisedOn(zone) != null && !assessment.authorisedOn(zone).isAfter(asAt)
                        && assessment.text("primaryNeedCode") != null)
                .max(java.util.Comparator.comparing(assessment -> assessment.authorisedOn(zone)))
                .map(assessment -> assessment.text("primaryNeedCode")).orElse(NOT_STATED);
    }

    CinEpisode closed(LocalDate on, String reason) {
        return new CinEpisode(referral, referredOn, noFurtherAction, processes, on, reason);
    }
}
