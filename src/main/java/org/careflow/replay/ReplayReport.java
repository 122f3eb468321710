package org.careflow.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a replay did and what its checks found. Clean when no reminder or escalation was missed,
 * early, doubled or unexpected and the ledger's timeliness equals the simulated truth.
 *
 * @param started    the process instances of the replayed cases, by process key
 * @param late       the occurrences the replay did after their deadline
 */
public record ReplayReport(ReplayWindow window, double scale, long seed, Duration took, Map<String, Long> started,
                           int tasksCompleted, int jobsFired, int occurrences, int late, List<Deliveries> deliveries,
                           TimelinessComparison timeliness) {

    public boolean clean() {
        return deliveries.stream().allMatch(Deliveries::clean) && timeliness.agrees();
    }

    public Deliveries deliveries(String kind) {
        return deliveries.stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** Throws, with the report, unless it is clean. */
    public ReplayReport requireClean() {
        if (!clean()) {
            throw new IllegalStateException("The replay's checks failed:\n" + text());
        }
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("Replay of %s to %s (%d days), scale %s, seed %d: %s%n".formatted(window.first(), window.last(),
                window.days(), scale, seed, clean() ? "CLEAN" : "FAILED"));
        text.append("  took %d min %02d s (%.1f s a replayed day)%n".formatted(took.toMinutes(), took.toSecondsPart(),
                took.toMillis() / 1000.0 / window.days()));
        text.append("  cases: ").append(started.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        text.append("%n  tasks completed %d, jobs fired %d, step occurrences %d (%d done late)%n"
                .formatted(tasksCompleted, jobsFired, occurrences, late));
        deliveries.forEach(d -> text.append("  ").append(d.line()).append(System.lineSeparator()));
        text.append("  timeliness: %d done steps compared with the ledger, %d disagree; figures %s%n".formatted(
                timeliness.compared(), timeliness.disagreeing(),
                timeliness.simulated().equals(timeliness.ledger()) ? "equal" : "DIFFERENT"));
        text.append("    timescale                        on time   late  working days late (simulated = ledger)%n".formatted());
        timeliness.simulated().byTimescale().forEach((timescale, tally) -> {
            TimelinessTruth.Tally ledger = timeliness.ledger().byTimescale().get(timescale);
            text.append("    %-32s %7d %6d %6d%s%n".formatted(timescale, tally.onTime(), tally.late(), tally.workingDaysLate(),
                    tally.equals(ledger) ? "" : "   ledger: " + ledger));
        });
        timeliness.ledger().byTimescale().forEach((timescale, tally) -> {
            if (!timeliness.simulated().byTimescale().containsKey(timescale)) {
                text.append("    %-32s only in the ledger: %s%n".formatted(timescale, tally));
            }
        });
        deliveries.forEach(d -> d.examples().forEach(example -> text.append("  ! ").append(example).append(System.lineSeparator())));
        timeliness.differences().forEach(difference -> text.append("  ! timeliness ").append(difference).append(System.lineSeparator()));
        return text.toString();
    }
}
