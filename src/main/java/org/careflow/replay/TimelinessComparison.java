package org.careflow.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.WorkingDayCalendar;

/**
 * The ledger's timeliness against the simulated truth: occurrence by occurrence (done on the day the
 * replay did it, on time or late by the working days the replay was late), and as the figures are
 * made of them ({@link TimelinessTruth}).
 *
 * @param differences the occurrences that disagree, a few of them described
 */
public record TimelinessComparison(TimelinessTruth simulated, TimelinessTruth ledger, int compared, int disagreeing,
                                   List<String> differences) {

    private static final int EXAMPLES = 10;

    public boolean agrees() {
        return disagreeing == 0 && simulated.equals(ledger);
    }

    static TimelinessComparison of(Collection<Occurrence> occurrences, Map<String, LedgerTimeliness.Row> ledger,
                                   WorkingDayCalendar calendar) {
        TimelinessTruth.Builder simulated = new TimelinessTruth.Builder();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int disagreeing = 0;
        for (Occurrence occurrence : occurrences) {
            if (!occurrence.done) {
                if (ledger.containsKey(occurrence.id)) {
                    disagreeing++;
                    example(differences, occurrence, "not done in the replay, done in the ledger: " + ledger.get(occurrence.id));
                }
                continue;
            }
            compared++;
            boolean onTime = !occurrence.doneLate();
            int late = onTime ? 0 : calendar.workingDaysBetween(occurrence.deadline, occurrence.endedOn);
            LedgerTimeliness.Row truth = new LedgerTimeliness.Row(occurrence.timescale, occurrence.team, occurrence.endedOn, onTime, late);
            simulated.done(truth.timescale(), truth.team(), truth.doneOn(), onTime, late);
            LedgerTimeliness.Row recorded = ledger.get(occurrence.id);
            if (!truth.equals(recorded)) {
                disagreeing++;
                example(differences, occurrence, "simulated " + truth + ", ledger " + recorded);
            }
        }
        return new TimelinessComparison(simulated.build(), LedgerTimeliness.figures(ledger), compared, disagreeing,
                List.copyOf(differences));
    }

    private static void example(List<String> differences, Occurrence occurrence, String what) {
        if (differences.size() < EXAMPLES) {
            differences.add(occurrence.caseReference + " " + occurrence.processKey + "/" + occurrence.stepId + ": " + what);
        }
    }
}
