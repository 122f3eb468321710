package org.careflow.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careflow.oversight.OpenSteps.StepCount;
import org.careflow.organisation.Names;
import org.springframework.stereotype.Component;

/**
 * What tops the oversight page: how many steps are overdue and due soon, by team and by step, and
 * the choices its pickers offer (the reader's teams, their workers and the steps in the window), by
 * name. Read from the one grouped scan of the ledger that also gives the page its total.
 */
@Component
class OversightSummary {

    private final Names names;

    OversightSummary(Names names) {
        this.names = names;
    }

    record Count(String id, String name, long overdue, long dueSoon) {
    }

    record Choice(String id, String name) {
    }

    Map<String, Object> of(List<String> teams, List<StepCount> counts) {
        Map<String, String> teamNames = names.ofTeams(teams);
        Map<String, String> stepNames = counts.stream()
                .collect(Collectors.toMap(StepCount::stepKey, StepCount::step, (a, b) -> a));
        TreeSet<String> workers = counts.stream().map(StepCount::worker).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Choice> workerChoices = new ArrayList<>(names.ofUsers(workers).entrySet().stream()
                .map(worker -> new Choice(worker.getKey(), worker.getValue())).toList());
        // a worker who has left the identity service still holds steps: shown by their id
        workers.stream().filter(worker -> workerChoices.stream().noneMatch(choice -> choice.id().equals(worker)))
                .forEach(worker -> workerChoices.add(new Choice(worker, worker)));
        workerChoices.sort(Comparator.comparing(Choice::name));
        workerChoices.add(0, new Choice(StepRow.UNALLOCATED, "Unallocated"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("overdue", counts.stream().mapToLong(StepCount::overdue).sum());
        summary.put("dueSoon", counts.stream().mapToLong(count -> count.inWindow() - count.overdue()).sum());
        summary.put("byTeam", by(counts, StepCount::team, team -> teamNames.getOrDefault(team, team)));
        summary.put("byStep", by(counts, StepCount::stepKey, stepNames::get));
        summary.put("choices", Map.of(
                "teams", teams.stream().map(team -> new Choice(team, teamNames.getOrDefault(team, team))).toList(),
                "workers", workerChoices,
                "steps", stepNames.entrySet().stream().map(step -> new Choice(step.getKey(), step.getValue()))
                        .sorted(Comparator.comparing(Choice::name)).toList()));
        return summary;
    }

    /** Counts grouped by one key, most overdue first. */
    private static List<Count> by(List<StepCount> counts, Function<StepCount, String> key, Function<String, String> name) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (StepCount count : counts) {
            long[] total = totals.computeIfAbsent(key.apply(count), k -> new long[2]);
            total[0] += count.overdue();
            total[1] += count.inWindow() - count.overdue();
        }
        return totals.entrySet().stream().map(entry -> new Count(entry.getKey(), name.apply(entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingLong(Count::overdue).reversed().thenComparing(Count::name)).toList();
    }
}
