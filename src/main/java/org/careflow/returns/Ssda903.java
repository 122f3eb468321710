package org.careflow.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.ZoneId;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.Names;
import org.careflow.organisation.Organisation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * DfE's SSDA903 return of looked-after children for a collection year (1 April to 31 March), as the
 * CSV tables its validators read: the children looked after at some time in the year and the care
 * leavers of the year (header); the episodes of care with each change of legal status or placement
 * (episodes); reviews (reviews), a girl's MOTHER from her latest review; each time a child went
 * missing or was away (missing); their social workers in turn while looked after (sw_episodes); care
 * leavers around their 17th to 21st birthdays (oc3). From what the lookedAfter and careLeaver
 * processes recorded ({@code CF_CARE_EPISODE}, {@code CF_CARE_REVIEW}, {@code CF_MISSING_EPISODE},
 * {@code CF_LEAVER_CONTACT}), the ledger's {@code CF_STEP_WORKER} and the child's record. Dates as
 * dd/mm/yyyy; a value the record does not hold is left empty.
 */
@Component
class Ssda903 {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The 903's URN for a placement with no Ofsted registration. */
    static final String NO_URN = "XXXXXXX";
    /** The tables, each with its columns in the order the validators read them. */
    static final Map<String, List<String>> TABLES = Map.of(
            "header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
            "episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
            "reviews", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
            "missing", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
            "sw_episodes", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
            "oc3", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"));
    /** The 903's reasons a social worker episode began (its rule SW13). */
    static final Set<String> SOCIAL_WORKER_REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN",
            "PCCHAN", "SWDIED", "OTHERS");
    /** Care leavers are returned in the year of their 17th to 21st birthdays. */
    private static final int FIRST_LEAVER_BIRTHDAY = 17;
    private static final int LAST_LEAVER_BIRTHDAY = 21;

    private final NamedParameterJdbcTemplate jdbc;
    private final Names names;
    private final ZoneId zone;
    private final ReturnsProperties.SocialWorkerChange reasons;

    Ssda903(NamedParameterJdbcTemplate jdbc, Names names, WorkingDayCalendar calendar, ReturnsProperties properties) {
        this.jdbc = jdbc;
        this.names = names;
        this.zone = calendar.zone();
        this.reasons = properties.socialWorkerChange();
        for (String reason : List.of(reasons.first(), reasons.later())) {
            if (!SOCIAL_WORKER_REASONS.contains(reason)) {
                throw new IllegalStateException("careflow.returns.social-worker-change: '" + reason + "' is not one of the SSDA903's"
                        + " reasons a social worker episode began " + new java.util.TreeSet<>(SOCIAL_WORKER_REASONS));
            }
        }
    }

    /** The tables of the year, by name, each as CSV. */
    Map<String, String> tables(CinCensus.CollectionYear year, List<String> teams) {
        if (teams.isEmpty()) {
            Map<String, String> empty = new LinkedHashMap<>();
            TABLES.forEach((table, columns) -> empty.put(table, Csv.of(columns, List.of())));
            return empty;
        }
        MapSqlParameterSource period = new MapSqlParameterSource("teams", teams)
                .addValue("first", Date.valueOf(year.first())).addValue("last", Date.valueOf(year.referenceDate()));
        List<List<String>> episodes = new ArrayList<>();
        List<String> children = new ArrayList<>();
        jdbc.query("select * from CF_CARE_EPISODE where TEAM_ in (:teams) and CHILD_ID_ is not null and DECOM_ <= :last"
                + " and (DEC_ is null or DEC_ >= :first) order by CHILD_ID_, DECOM_, RECORDED_AT_", period, row -> {
                    LocalDate ceased = local(row.getDate("DEC_"));
                    boolean ceasedInYear = ceased != null && !ceased.isAfter(year.referenceDate());
                    String child = row.getString("CHILD_ID_");
                    if (!children.contains(child)) {
                        children.add(child);
                    }
                    String urn = row.getString("URN_");
                    episodes.add(List.of(child, date(local(row.getDate("DECOM_"))), row.getString("RNE_"), row.getString("LS_"),
                            text(row.getString("CIN_")), text(row.getString("PLACE_")), text(row.getString("PLACE_PROVIDER_")),
                            ceasedInYear ? date(ceased) : "", ceasedInYear ? text(row.getString("REC_")) : "",
                            text(row.getString("REASON_PLACE_CHANGE_")), text(row.getString("HOME_POST_")), text(row.getString("PL_POST_")),
                            urn == null ? NO_URN : urn));
                });
        Map<String, String> mothers = new LinkedHashMap<>();
        jdbc.query("select CHILD_ID_, MOTHER_ from CF_CARE_REVIEW where TEAM_ in (:teams) and MOTHER_ is not null and REVIEW_ON_ <= :last"
                + " order by REVIEW_ON_, RECORDED_AT_", period, row -> {
                    mothers.put(row.getString("CHILD_ID_"), "yes".equals(row.getString("MOTHER_")) ? "1" : "0");
                });
        Map<String, LocalDate> periodStarts = new LinkedHashMap<>();
        Map<String, LocalDate> careEnded = new LinkedHashMap<>();
        jdbc.query("select CHILD_ID_, min(DECOM_) as SINCE_, max(DEC_) as LAST_DEC_, count(DEC_) as ENDED_, count(*) as ALL_"
                + " from CF_CARE_EPISODE where TEAM_ in (:teams) and CHILD_ID_ is not null group by CHILD_ID_", period, row -> {
                    periodStarts.put(row.getString("CHILD_ID_"), local(row.getDate("SINCE_")));
                    if (row.getInt("ENDED_") == row.getInt("ALL_")) {
                        careEnded.put(row.getString("CHILD_ID_"), local(row.getDate("LAST_DEC_")));
                    }
                });
        List<String> leavers = careLeavers(year, period);
        List<String> everyone = new ArrayList<>(children);
        leavers.stream().filter(child -> !everyone.contains(child)).forEach(everyone::add);
        Map<String, List<String>> header = new LinkedHashMap<>();
        Map<String, String> bornOn = new LinkedHashMap<>();
        Map<String, LocalDate> born = new LinkedHashMap<>();
        if (!everyone.isEmpty()) {
            jdbc.query("select * from CF_CHILD where CHILD_ID_ in (:children)", new MapSqlParameterSource("children", everyone), row -> {
                String upn = row.getString("UPN_") != null ? row.getString("UPN_") : text(row.getString("UPN_UNKNOWN_"));
                String bornOnText = date(local(row.getDate("BORN_ON_")));
                bornOn.put(row.getString("CHILD_ID_"), bornOnText);
                if (row.getDate("BORN_ON_") != null) {
                    born.put(row.getString("CHILD_ID_"), local(row.getDate("BORN_ON_")));
                }
                // a care leaver not looked after in the year has no MOTHER (903 rule 628)
                boolean lookedAfter = children.contains(row.getString("CHILD_ID_"));
                header.put(row.getString("CHILD_ID_"), List.of(row.getString("CHILD_ID_"),
                        row.getString("SEX_") != null ? row.getString("SEX_") : CinCensus.SEX_NOT_RECORDED, bornOnText,
                        row.getString("ETHNICITY_") != null ? row.getString("ETHNICITY_") : CinCensus.ETHNICITY_NOT_OBTAINED,
                        upn, lookedAfter && "F".equals(row.getString("SEX_")) ? mothers.getOrDefault(row.getString("CHILD_ID_"), "") : "",
                        ""));
            });
        }
        List<List<String>> oc3 = careLeaversAroundTheirBirthdays(year, leavers, born, bornOn, careEnded, children);
        List<String> inHeader = new ArrayList<>(children);
        oc3.forEach(row -> inHeader.add(row.get(0)));
        List<List<String>> headers = new ArrayList<>();
        for (String child : inHeader.stream().distinct().toList()) {
            headers.add(header.getOrDefault(child, List.of(child, CinCensus.SEX_NOT_RECORDED, "", CinCensus.ETHNICITY_NOT_OBTAINED,
                    "", "", "")));
        }
        List<List<String>> reviews = new ArrayList<>();
        jdbc.query("select CHILD_ID_, REVIEW_ON_, REVIEW_CODE_ from CF_CARE_REVIEW where TEAM_ in (:teams) and CHILD_ID_ is not null"
                + " and REVIEW_ON_ between :first and :last order by CHILD_ID_, REVIEW_ON_", period, row -> {
                    reviews.add(List.of(row.getString("CHILD_ID_"), bornOn.getOrDefault(row.getString("CHILD_ID_"), ""),
                            date(local(row.getDate("REVIEW_ON_"))), row.getString("REVIEW_CODE_")));
                });
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("header", Csv.of(TABLES.get("header"), headers));
        tables.put("episodes", Csv.of(TABLES.get("episodes"), episodes));
        tables.put("reviews", Csv.of(TABLES.get("reviews"), reviews));
        tables.put("missing", Csv.of(TABLES.get("missing"), missing(year, period, children, bornOn)));
        tables.put("sw_episodes", Csv.of(TABLES.get("sw_episodes"), socialWorkers(year, children, bornOn, periodStarts, careEnded)));
        tables.put("oc3", Csv.of(TABLES.get("oc3"), oc3));
        return Collections.unmodifiableMap(tables);
    }

    /** Each time a child looked after in the year was missing or away in it; one still away on 31 March has no end. */
    private List<List<String>> missing(CinCensus.CollectionYear year, MapSqlParameterSource period, List<String> children,
                                       Map<String, String> bornOn) {
        List<List<String>> rows = new ArrayList<>();
        jdbc.query("select CHILD_ID_, MISSING_, START_, END_ from CF_MISSING_EPISODE where TEAM_ in (:teams) and CHILD_ID_ is not null"
                + " and START_ <= :last and (END_ is null or END_ >= :first) order by CHILD_ID_, START_", period, row -> {
                    if (children.contains(row.getString("CHILD_ID_"))) {
                        LocalDate ended = local(row.getDate("END_"));
                        rows.add(List.of(row.getString("CHILD_ID_"), bornOn.getOrDefault(row.getString("CHILD_ID_"), ""),
                                row.getString("MISSING_"), date(local(row.getDate("START_"))),
                                ended == null || ended.isAfter(year.referenceDate()) ? "" : date(ended)));
                    }
                });
        return rows;
    }

    /**
     * The social workers of each child looked after in the year, in turn, while they were looked after:
     * the practitioners who took the child's steps on (CF_STEP_WORKER: not a manager, an IRO or a personal
     * adviser), the first from the day the child became looked after, each to the day the next took over;
     * the latest stays open (903 rule SW17). A worker is named by their Social Work England number,
     * else by {@code XX} and a stable id made from their user id.
     */
    private List<List<String>> socialWorkers(CinCensus.CollectionYear year, List<String> children, Map<String, String> bornOn,
                                             Map<String, LocalDate> periodStarts, Map<String, LocalDate> careEnded) {
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object[]>> taken = new LinkedHashMap<>();
        jdbc.query("select CHILD_ID_, WORKER_, CANDIDATE_GROUP_, FROM_ from CF_STEP_WORKER where CHILD_ID_ in (:children) order by FROM_",
                new MapSqlParameterSource("children", children), row -> {
                    if (Organisation.isCasework(row.getString("CANDIDATE_GROUP_"))) {
                        taken.computeIfAbsent(row.getString("CHILD_ID_"), id -> new ArrayList<>()).add(new Object[] {
                                row.getString("WORKER_"), LocalDate.ofInstant(row.getTimestamp("FROM_").toInstant(), zone)});
                    }
                });
        Map<String, String> sweNumbers = names.sweNumbers(taken.values().stream().flatMap(List::stream).map(turn -> (String) turn[0])
                .distinct().toList());
        List<List<String>> rows = new ArrayList<>();
        for (String child : children) {
            LocalDate since = periodStarts.get(child);
            LocalDate until = careEnded.get(child);
            // one worker a day, the last to take a step on; the same worker again goes on with their turn
            List<String> workers = new ArrayList<>();
            List<LocalDate> from = new ArrayList<>();
            for (Object[] turn : taken.getOrDefault(child, List.of())) {
                LocalDate day = (LocalDate) turn[1];
                if (day.isBefore(since)) {
                    day = since;
                }
                if (day.isAfter(year.referenceDate()) || until != null && day.isAfter(until)) {
                    continue;
                }
                if (!from.isEmpty() && from.get(from.size() - 1).equals(day)) {
                    workers.remove(workers.size() - 1);
                    from.remove(from.size() - 1);
                }
                if (workers.isEmpty() || !workers.get(workers.size() - 1).equals(turn[0])) {
                    workers.add((String) turn[0]);
                    from.add(day);
                }
            }
            for (int i = 0; i < workers.size(); i++) {
                LocalDate ended = i + 1 < workers.size() ? from.get(i + 1) : null;
                if (ended != null && ended.isBefore(year.first().minusYears(1))) {
                    continue;
                }
                String number = sweNumbers.get(workers.get(i));
                String id = number != null && number.startsWith("SW") ? number : "XX" + CareWorker.id(workers.get(i), Map.of());
                rows.add(List.of(child, bornOn.getOrDefault(child, ""), id, date(from.get(i)), ended == null ? "" : date(ended),
                        i == 0 ? reasons.first() : reasons.later()));
            }
        }
        return rows;
    }

    /** The care leavers of the teams: every young person whose leaving care support began by the year's end. */
    private List<String> careLeavers(CinCensus.CollectionYear year, MapSqlParameterSource period) {
        return jdbc.queryForList("select distinct CHILD_ID_ from CF_STEP where PROC_DEF_KEY_ = 'careLeaver' and TEAM_ in (:teams)"
                + " and CHILD_ID_ is not null and OPENED_AT_ < :after order by CHILD_ID_", new MapSqlParameterSource(period.getValues())
                .addValue("after", java.sql.Timestamp.from(year.referenceDate().plusDays(1).atStartOfDay(zone).toInstant())), String.class);
    }

    /**
     * OC3: each care leaver whose 17th to 21st birthday falls in the year, no longer looked after on it
     * (903 rules 1007, 1016), as the last contact or pathway plan review from 3 months before the
     * birthday to a month after it found them; without one, not in touch ({@code NO}, activity and
     * accommodation {@code 0}).
     */
    private List<List<String>> careLeaversAroundTheirBirthdays(CinCensus.CollectionYear year, List<String> leavers,
                                                               Map<String, LocalDate> born, Map<String, String> bornOn,
                                                               Map<String, LocalDate> careEnded, List<String> lookedAfter) {
        List<List<String>> rows = new ArrayList<>();
        if (leavers.isEmpty()) {
            return rows;
        }
        // every contact that can be around a birthday in the year, latest first, in one query
        Map<String, List<Map<String, Object>>> contactsOf = new LinkedHashMap<>();
        jdbc.queryForList("select CHILD_ID_, CONTACT_ON_, ACCOM_, SUITABLE_, ACTIV_ from CF_LEAVER_CONTACT where CHILD_ID_ in (:children)"
                        + " and CONTACT_ON_ between :from and :to order by CONTACT_ON_ desc, RECORDED_AT_ desc",
                new MapSqlParameterSource("children", leavers).addValue("from", Date.valueOf(year.first().minusMonths(3)))
                        .addValue("to", Date.valueOf(year.referenceDate().plusMonths(1))))
                .forEach(contact -> contactsOf.computeIfAbsent((String) contact.get("CHILD_ID_"), id -> new ArrayList<>()).add(contact));
        for (String child : leavers) {
            LocalDate dob = born.get(child);
            if (dob == null) {
                continue;
            }
            LocalDate birthday = null;
            for (int age = FIRST_LEAVER_BIRTHDAY; age <= LAST_LEAVER_BIRTHDAY; age++) {
                LocalDate day = dob.plusYears(age);
                if (!day.isBefore(year.first()) && !day.isAfter(year.referenceDate())) {
                    birthday = day;
                }
            }
            LocalDate left = careEnded.get(child);
            boolean stillInCare = lookedAfter.contains(child) && left == null;
            if (birthday == null || stillInCare || left != null && !left.isBefore(birthday)) {
                continue;
            }
            LocalDate from = birthday.minusMonths(3);
            LocalDate to = birthday.plusMonths(1);
            List<Map<String, Object>> contacts = contactsOf.getOrDefault(child, List.of()).stream().filter(contact -> {
                LocalDate on = ((Date) contact.get("CONTACT_ON_")).toLocalDate();
                return !on.isBefore(from) && !on.isAfter(to);
            }).toList();
            if (contacts.isEmpty()) {
                rows.add(List.of(child, bornOn.getOrDefault(child, ""), "NO", "0", "0"));
            } else {
                Map<String, Object> contact = contacts.get(0);
                rows.add(List.of(child, bornOn.getOrDefault(child, ""), "YES", (String) contact.get("ACTIV_"),
                        contact.get("ACCOM_") + ("yes".equals(contact.get("SUITABLE_")) ? "1" : "2")));
            }
        }
        return rows;
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
