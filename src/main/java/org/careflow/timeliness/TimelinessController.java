package org.careflow.timeliness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.ReadableTeams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeliness measures as JSON ({@code GET /api/timeliness}) or CSV ({@code /api/timeliness.csv}, or the
 * same URL with {@code Accept: text/csv}), for the teams the user may read. Without {@code from} and
 * {@code to}, the twelve months to today.
 */
@RestController
class TimelinessController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    /** Five years: a longer period is a query of the whole ledger and a chart nobody can read. */
    private static final long LONGEST_PERIOD_DAYS = 5 * 366;

    private final ReadableTeams readers;
    private final TimelinessMeasures measures;
    private final WorkingDayCalendar calendar;

    TimelinessController(ReadableTeams readers, TimelinessMeasures measures, WorkingDayCalendar calendar) {
        this.readers = readers;
        this.measures = measures;
        this.calendar = calendar;
    }

    @GetMapping("/api/timeliness")
    ResponseEntity<?> timeliness(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String team,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TimelinessReport report = report(from, to, team);
        if (accept != null && accept.contains("text/csv") && !accept.contains("json")) {
            return csv(report);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @GetMapping("/api/timeliness.csv")
    ResponseEntity<String> timelinessCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String team) {
        return csv(report(from, to, team));
    }

    private TimelinessReport report(String from, String to, String team) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.ofInstant(EngineClock.now(), calendar.zone()) : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : date("from", from);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "to (" + end + ") must not be before from (" + start + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) > LONGEST_PERIOD_DAYS) {
            throw new InvalidInputException("from", "the period from " + start + " to " + end + " is longer than five years");
        }
        return measures.measure(start, end, readers.ofCurrentUser(team, "Timeliness"));
    }

    private static ResponseEntity<String> csv(TimelinessReport report) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"timeliness-" + report.from() + "-to-"
                        + report.to() + ".csv\"")
                .body(TimelinessCsv.of(report));
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, parameter + " must be a date, YYYY-MM-DD: '" + value + "' is not");
        }
    }
}
