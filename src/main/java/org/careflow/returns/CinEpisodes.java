package org.careflow.returns;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A child's episodes, from their referrals and the processes of their cases, as they stood at the end
 * of a day (the census' reference date): what happened after it is not yet known to the return.
 */
final class CinEpisodes {

    /** Referral decisions that are no further action for children's social care (early help included). */
    static final Set<String> NO_FURTHER_ACTION = Set.of("no-further-action", "early-help");
    /** Assessment recommendations that close the case after the assessment. */
    private static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("no-further-action", "closure");

    private final ZoneId zone;
    private final LocalDate asAt;
    private final String nfaClosureReason;

    CinEpisodes(ZoneId zone, LocalDate asAt, String nfaClosureReason) {
        this.zone = zone;
        this.asAt = asAt;
        this.nfaClosureReason = nfaClosureReason;
    }

    List<CinEpisode> of(List<Episode> childsEpisodes) {
        List<Episode> known = childsEpisodes.stream().filter(episode -> !startedOn(episode).isAfter(asAt))
                .sorted(Comparator.comparing(this::startedOn).thenComparing(Episode::startedAt)).toList();
        List<CinEpisode> episodes = new ArrayList<>();
        CinEpisode current = null;
        for (Episode process : known) {
            boolean referral = process.processKey().equals("referral");
            if (referral && (current == null || closedBy(current, startedOn(process)))) {
                if (current != null) {
                    episodes.add(close(current));
                }
                String decision = endedByAsAt(process) ? process.text("decision") : null;
                current = new CinEpisode(process, startedOn(process), decision != null && NO_FURTHER_ACTION.contains(decision));
            } else if (!referral && current != null && !closedBefore(current, joinedOn(process))) {
                current.processes().add(process);
            } else if (!referral) {
                // a case moved in without its referral (an enquiry started on its own): its episode begins with it
                if (current != null) {
                    episodes.add(close(current));
                }
                current = new CinEpisode(process, startedOn(process), false);
                current.processes().add(process);
            }
        }
        if (current != null) {
            episodes.add(close(current));
        }
        return episodes;
    }

    /**
     * The day a process joined its case: the earlier of the day it records and the day the engine
     * started it, so that a process the case went on to (an enquiry the assessment asked for, its
     * strategy discussion held the next day) is of the episode that started it.
     */
    private LocalDate joinedOn(Episode process) {
        LocalDate started = LocalDate.ofInstant(process.startedAt(), zone);
        LocalDate recorded = startedOn(process);
        return recorded.isBefore(started) ? recorded : started;
    }

    /** The day a process began: a referral when it was received, the others when their case's clock started. */
    LocalDate startedOn(Episode episode) {
        LocalDate recorded = switch (episode.processKey()) {
            case "referral" -> episode.date("referralReceivedAt", zone);
            case "assessment" -> episode.date("assessmentStartedOn", zone);
            case "section47" -> episode.date("strategyDiscussionOn", zone);
            case "childInNeedPlan" -> episode.date("cinPlanStartedOn", zone);
            case "childProtectionPlan" -> episode.date("initialConferenceOn", zone);
            default -> null;
        };
        return recorded != null ? recorded : LocalDate.ofInstant(episode.startedAt(), zone);
    }

    private boolean endedByAsAt(Episode episode) {
        LocalDate ended = episode.endedOn(zone);
        return ended != null && !ended.isAfter(asAt);
    }

    /** Whether the episode was over by the day: every process of it ended on or before. */
    private boolean closedBy(CinEpisode episode, LocalDate day) {
        CinEpisode closed = close(episode);
        return closed.closedOn() != null && !closed.closedOn().isAfter(day);
    }

    /** Whether the episode was over before the day: a process begun the day its case's last one ended continues it. */
    private boolean closedBefore(CinEpisode episode, LocalDate day) {
        CinEpisode closed = close(episode);
        return closed.closedOn() != null && closed.closedOn().isBefore(day);
    }

    private CinEpisode close(CinEpisode episode) {
        List<Episode> all = new ArrayList<>(episode.processes());
        all.add(episode.referral());
        if (!all.stream().allMatch(this::endedByAsAt)) {
            return episode.closed(null, null);
        }
        Episode last = all.stream().max(Comparator.comparing(process -> process.endedOn(zone))).orElseThrow();
        if (episode.noFurtherAction() && episode.processes().isEmpty()) {
            return episode.closed(last.endedOn(zone), nfaClosureReason);
        }
        // a child in need plan ended by its review says why, in the census' codes
        if (last.processKey().equals("childInNeedPlan") && last.text("cinClosureReason") != null) {
            return episode.closed(last.endedOn(zone), last.text("cinClosureReason"));
        }
        // RC8 says the assessment was all there was (rule 2990): not after an enquiry or a plan
        boolean assessmentOnly = last.processKey().equals("assessment")
                && CLOSED_AFTER_ASSESSMENT.contains(last.text("recommendation"))
                && episode.of("childProtectionPlan").isEmpty() && episode.of("childInNeedPlan").isEmpty()
                && episode.of("section47").stream().noneMatch(Episode::enquiryStarted);
        return episode.closed(last.endedOn(zone), assessmentOnly ? "RC8" : "RC7");
    }
}
