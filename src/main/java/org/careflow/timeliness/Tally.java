package org.careflow.timeliness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careflow.timeliness.TimelinessReport.Figures;
import org.careflow.timeliness.TimelinessReport.MonthFigures;
import org.careflow.timeliness.TimelinessReport.TeamFigures;
import org.careflow.timeliness.TimelinessReport.WorkerFigures;

/** Counts a measure's observations: in all, per team, per worker and per month of the period. */
final class Tally {

    private Tally() {
    }

    static Figures of(Collection<Observation> observations) {
        int within = (int) observations.stream().filter(Observation::within).count();
        List<Double> values = observations.stream().map(Observation::value).filter(java.util.Objects::nonNull).sorted().toList();
        Double percent = observations.isEmpty() ? null : round(100.0 * within / observations.size());
        return new Figures(observations.size(), within, percent, median(values),
                values.isEmpty() ? null : round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    }

    /** The middle value, or the mean of the two middle ones. */
    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return round(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

    static List<TeamFigures> byTeam(List<String> teams, List<Observation> observations) {
        Map<String, List<Observation>> grouped = groups(observations, Observation::team);
        return teams.stream().map(team -> new TeamFigures(team, of(grouped.getOrDefault(team, List.of())))).toList();
    }

    static List<WorkerFigures> byWorker(List<Observation> observations) {
        Map<List<String>, List<Observation>> grouped = groups(observations, o -> List.of(o.team(), o.worker()));
        List<WorkerFigures> rows = new ArrayList<>();
        grouped.forEach((key, counted) -> rows.add(new WorkerFigures(key.get(0), key.get(1), of(counted))));
        rows.sort(Comparator.comparing(WorkerFigures::team).thenComparing(WorkerFigures::worker));
        return rows;
    }

    /** Every month from the one of {@code from} to the one of {@code to}, those with nothing counted too. */
    static List<MonthFigures> byMonth(LocalDate from, LocalDate to, List<Observation> observations) {
        Map<YearMonth, List<Observation>> grouped = observations.stream()
                .collect(Collectors.groupingBy(o -> YearMonth.from(o.on()), TreeMap::new, Collectors.toList()));
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(new MonthFigures(month.toString(), of(grouped.getOrDefault(month, List.of()))));
        }
        return months;
    }

    private static <K> Map<K, List<Observation>> groups(List<Observation> observations, Function<Observation, K> key) {
        return observations.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
