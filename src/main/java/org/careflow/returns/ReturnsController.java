package org.careflow.returns;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.organisation.CurrentUser;
import org.careflow.organisation.Organisation;
import org.careflow.organisation.ReadableTeams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The returns over {@code /api/returns}, for the returns lead and heads of service (every team) and
 * team managers (their own teams' children): Ofsted's Annex A as the workbook
 * ({@code /api/returns/annex-a?asOf=YYYY-MM-DD}) or a list as CSV ({@code /api/returns/annex-a/list-3.csv}),
 * without {@code asOf} the six months to today; DfE's CIN census as XML ({@code /api/returns/cin-census?year=YYYY}),
 * without {@code year} the last collection year ended; DfE's SSDA903 return a table at a time
 * ({@code /api/returns/ssda903/episodes.csv?year=YYYY}).
 */
@RestController
class ReturnsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Before any record CareFlow could hold: an earlier day is a mistake, not a return. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ReadableTeams readers;
    private final AnnexA annexA;
    private final CinCensus census;
    private final DfeFeed feed;
    private final DfeFeedSender sender;
    private final Ssda903 ssda903;
    private final IdentityService identity;
    private final WorkingDayCalendar calendar;

    ReturnsController(ReadableTeams readers, AnnexA annexA, CinCensus census, DfeFeed feed, DfeFeedSender sender, Ssda903 ssda903,
                      IdentityService identity, WorkingDayCalendar calendar) {
        this.readers = readers;
        this.ssda903 = ssda903;
        this.annexA = annexA;
        this.census = census;
        this.feed = feed;
        this.sender = sender;
        this.identity = identity;
        this.calendar = calendar;
    }

    /** The CIN census for the collection year ending 31 March of {@code year}; a year under way, as it stands today. */
    @GetMapping("/api/returns/cin-census")
    ResponseEntity<String> cinCensus(@RequestParam(required = false) String year, @RequestParam(required = false) String team) {
        CinCensus.CollectionYear collection = collectionYear(year);
        List<String> teams = readers.ofCurrentUser(team, "The CIN census");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cin-census-" + collection.year() + ".xml\"")
                .body(census.xml(collection, teams));
    }

    /** One table of the SSDA903 return for the collection year ending 31 March of {@code year}, as CSV. */
    @GetMapping("/api/returns/ssda903/{table}.csv")
    ResponseEntity<String> ssda903(@PathVariable String table, @RequestParam(required = false) String year,
                                   @RequestParam(required = false) String team) {
        if (!Ssda903.TABLES.containsKey(table)) {
            throw new InvalidInputException("table", "The SSDA903 table '" + table + "' is not produced: "
                    + String.join(", ", new java.util.TreeSet<>(Ssda903.TABLES.keySet())) + " are");
        }
        CinCensus.CollectionYear collection = collectionYear(year);
        List<String> teams = readers.ofCurrentUser(team, "The SSDA903 return");
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
                .body(ssda903.tables(collection, teams).get(table));
    }

    /** The DfE feed's records, as a run would send them: all, or those changed since a time. */
    @GetMapping("/api/returns/dfe-feed")
    List<ObjectNode> dfeFeed(@RequestParam(required = false) String since, @RequestParam(required = false) String team) {
        Instant from = since(since);
        return feed.children(from, readers.ofCurrentUser(team, "The DfE feed"));
    }

    /** Sends the feed now: the changes since the last run sent, or everything with {@code full=true}. The returns lead's alone. */
    @PostMapping("/api/returns/dfe-feed/runs")
    DfeFeedSender.Run sendDfeFeed(@RequestParam(defaultValue = "false") boolean full) {
        if (!CurrentUser.of(identity).isIn(Organisation.RETURNS)) {
            throw new AuthorizationException("The DfE feed is sent by the returns lead");
        }
        return sender.send(full, readers.ofCurrentUser(null, "The DfE feed"));
    }

    private Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        Instant from;
        try {
            from = since.trim().length() == 10 ? LocalDate.parse(since.trim()).atStartOfDay(calendar.zone()).toInstant()
                    : OffsetDateTime.parse(since.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a date (2026-12-24) or a date-time with offset"
                    + " (2026-12-24T16:00:00Z), not '" + since + "'");
        }
        if (from.isAfter(EngineClock.now()) || from.isBefore(EARLIEST.atStartOfDay(calendar.zone()).toInstant())) {
            throw new InvalidInputException("since", "since must be between " + EARLIEST + " and now, not " + since);
        }
        return from;
    }

    private CinCensus.CollectionYear collectionYear(String year) {
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        int current = CinCensus.CollectionYear.of(today).year();
        if (year == null || year.isBlank()) {
            return CinCensus.CollectionYear.lastEndedBy(today);
        }
        if (!year.trim().matches("\\d{4}")) {
            throw new InvalidInputException("year", "year must be the year a collection ends, YYYY (2026 for April 2025 to March 2026), not '" + year + "'");
        }
        int ending = Integer.parseInt(year.trim());
        if (ending > current) {
            throw new InvalidInputException("year", "the collection year ending in March " + ending + " has not begun");
        }
        if (ending <= EARLIEST.getYear()) {
            throw new InvalidInputException("year", "year " + ending + " is before any record CareFlow holds");
        }
        return new CinCensus.CollectionYear(ending);
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

    /** A return the authority has not set up yet: a conflict with its configuration, named, not a server error. */
    @ExceptionHandler(MissingSetting.class)
    ProblemDetail notSetUp(MissingSetting e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    private static int listNumber(String number) {
        if (!List.of("3", "4", "5", "6", "7", "8", "9").contains(number)) {
            throw new InvalidInputException("list", "Annex A list '" + number + "' is not produced: lists 3 to 9 are");
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
            if (day.isBefore(EARLIEST)) {
                throw new InvalidInputException("asOf", "asOf (" + day + ") is before any record CareFlow holds (" + EARLIEST + ")");
            }
            if (day.isAfter(today)) {
                throw new InvalidInputException("asOf", "asOf (" + day + ") is later than today: a return covers what has happened");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "asOf must be a date, YYYY-MM-DD: '" + value + "' is not");
        }
    }
}
