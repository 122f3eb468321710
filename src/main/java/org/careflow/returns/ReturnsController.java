package org.careflow.returns;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.ReadableTeams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The returns over {@code /api/returns}, for the returns lead and heads of service (every team) and
 * team managers (their own teams' children): Ofsted's Annex A as the workbook
 * ({@code /api/returns/annex-a?asOf=YYYY-MM-DD}) or a list as CSV ({@code /api/returns/annex-a/list-3.csv}).
 * Without {@code asOf}, the six months to today.
 */
@RestController
class ReturnsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReadableTeams readers;
    private final AnnexA annexA;
    private final WorkingDayCalendar calendar;

    ReturnsController(ReadableTeams readers, AnnexA annexA, WorkingDayCalendar calendar) {
        this.readers = readers;
        this.annexA = annexA;
        this.calendar = calendar;
    }

    @GetMapping("/api/returns/annex-a")
    ResponseEntity<byte[]> annexA(@RequestParam(required = false) String asOf, @RequestParam(required = false) String team) {
        LocalDate day = asOf(asOf);
        List<String> teams = readers.ofCurrentUser(team, "Annex A");
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annex-a-" + day + ".xlsx\"")
                .body(AnnexAWorkbook.of(annexA.lists(day, teams)));
    }

    @GetMapping("/api/returns/annex-a/list-{number}.csv")
    ResponseEntity<String> annexAList(@PathVariable String number, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String team) {
        int list = listNumber(number);
        LocalDate day = asOf(asOf);
        AnnexAList rows = annexA.list(day, readers.ofCurrentUser(team, "Annex A"), list);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annex-a-list-" + list + "-" + day + ".csv\"")
                .body(Csv.of(rows.headers(), rows.rows()));
    }

    private static int listNumber(String number) {
        if (!List.of("3", "4", "5", "7").contains(number)) {
            throw new InvalidInputException("list", "Annex A list '" + number + "' is not produced: lists 3, 4, 5 and 7 are");
        }
        return Integer.parseInt(number);
    }

    private LocalDate asOf(String value) {
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.isAfter(today)) {
                throw new InvalidInputException("asOf", "asOf (" + day + ") is later than today: a return covers what has happened");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "asOf must be a date, YYYY-MM-DD: '" + value + "' is not");
        }
    }
}
