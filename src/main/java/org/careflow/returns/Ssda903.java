package org.careflow.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * DfE's SSDA903 return of looked-after children for a collection year (1 April to 31 March), as the
 * CSV tables its validators read: the children looked after at some time in the year (header), their
 * episodes of care with each change of legal status or placement (episodes), and their reviews
 * (reviews), a girl's MOTHER from her latest review, from what the lookedAfter process recorded ({@code CF_CARE_EPISODE}, {@code CF_CARE_REVIEW})
 * and the child's record. Dates as dd/mm/yyyy; a value the record does not hold is left empty.
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
            "reviews", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"));

    private final NamedParameterJdbcTemplate jdbc;

    Ssda903(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables of the year, by name, each as CSV. */
    Map<String, String> tables(CinCensus.CollectionYear year, List<String> teams) {
        if (teams.isEmpty()) {
            return Map.of("header", Csv.of(TABLES.get("header"), List.of()), "episodes", Csv.of(TABLES.get("episodes"), List.of()),
                    "reviews", Csv.of(TABLES.get("reviews"), List.of()));
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
                            text(row.getString("CIN_")), row.getString("PLACE_"), row.getString("PLACE_PROVIDER_"),
                            ceasedInYear ? date(ceased) : "", ceasedInYear ? text(row.getString("REC_")) : "",
                            text(row.getString("REASON_PLACE_CHANGE_")), text(row.getString("HOME_POST_")), text(row.getString("PL_POST_")),
                            urn == null ? NO_URN : urn));
                });
        Map<String, String> mothers = new LinkedHashMap<>();
        jdbc.query("select CHILD_ID_, MOTHER_ from CF_CARE_REVIEW where TEAM_ in (:teams) and MOTHER_ is not null and REVIEW_ON_ <= :last"
                + " order by REVIEW_ON_, RECORDED_AT_", period, row -> {
                    mothers.put(row.getString("CHILD_ID_"), "yes".equals(row.getString("MOTHER_")) ? "1" : "0");
                });
        Map<String, List<String>> header = new LinkedHashMap<>();
        Map<String, String> bornOn = new LinkedHashMap<>();
        if (!children.isEmpty()) {
            jdbc.query("select * from CF_CHILD where CHILD_ID_ in (:children)", new MapSqlParameterSource("children", children), row -> {
                String upn = row.getString("UPN_") != null ? row.getString("UPN_") : text(row.getString("UPN_UNKNOWN_"));
                String born = date(local(row.getDate("BORN_ON_")));
                bornOn.put(row.getString("CHILD_ID_"), born);
                header.put(row.getString("CHILD_ID_"), List.of(row.getString("CHILD_ID_"),
                        row.getString("SEX_") != null ? row.getString("SEX_") : CinCensus.SEX_NOT_RECORDED, born,
                        row.getString("ETHNICITY_") != null ? row.getString("ETHNICITY_") : CinCensus.ETHNICITY_NOT_OBTAINED,
                        upn, "F".equals(row.getString("SEX_")) ? mothers.getOrDefault(row.getString("CHILD_ID_"), "") : "", ""));
            });
        }
        List<List<String>> headers = new ArrayList<>();
        for (String child : children) {
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
        return Collections.unmodifiableMap(tables);
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
