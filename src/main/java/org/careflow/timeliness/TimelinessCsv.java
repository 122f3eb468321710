package org.careflow.timeliness;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careflow.timeliness.TimelinessReport.Figures;
import org.careflow.timeliness.TimelinessReport.Measure;

/**
 * The report as one CSV table: a row per measure and breakdown (the whole period, each team, each worker,
 * each month), with the national figure beside it, for a spreadsheet or the authority's own reporting.
 */
final class TimelinessCsv {

    static final List<String> HEADER = List.of("measure", "title", "basis", "breakdown", "team", "worker", "month", "count",
            "within", "percent", "median", "mean", "unit", "national percent", "national median", "overdue at end", "from", "to");

    private TimelinessCsv() {
    }

    static String of(TimelinessReport report) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (Measure measure : report.measures()) {
            csv.append(row(report, measure, "period", "", "", "", measure.total(), measure.overdueAtEnd()));
            measure.byTeam().forEach(team -> csv.append(row(report, measure, "team", team.team(), "", "", team.figures(), null)));
            measure.byWorker().forEach(worker -> csv.append(row(report, measure, "worker", worker.team(), worker.worker(), "",
                    worker.figures(), null)));
            measure.byMonth().forEach(month -> csv.append(row(report, measure, "month", "", "", month.month(), month.figures(), null)));
        }
        return csv.toString();
    }

    private static String row(TimelinessReport report, Measure measure, String breakdown, String team, String worker,
                              String month, Figures figures, Integer overdue) {
        return line(Stream.of(measure.id(), measure.title(), measure.basis(), breakdown, team, worker, month, figures.count(),
                figures.within(), figures.percent(), figures.median(), figures.mean(), measure.unit(),
                measure.national() == null ? null : measure.national().percent(),
                measure.national() == null ? null : measure.national().median(), overdue, report.from(), report.to()));
    }

    private static String line(Stream<?> values) {
        return values.map(TimelinessCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180: quoted where needed; a leading formula character defused for spreadsheets. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
