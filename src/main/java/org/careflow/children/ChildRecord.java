package org.careflow.children;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeLists;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens the child's record when a case process starts, or brings it up to date: the child's
 * identifier is checked (or derived from the case reference) and set on the process, and what the
 * start says of the child, in the returns' codes, is refused when the returns would refuse it. It
 * runs in the engine's transaction, so a refused start leaves neither an instance nor a record.
 */
@Component
public class ChildRecord {

    /** The CIN census' LAchildID. */
    private static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9]{1,20}");
    /** A unique pupil number: a check letter, eleven digits, and a digit or (a temporary UPN) a letter. */
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");

    /** The census' sex of a child not yet born. */
    private static final String UNBORN_SEX = "U";

    private final JdbcTemplate jdbc;
    private final CodeLists codes;
    private final WorkingDayCalendar calendar;

    ChildRecord(JdbcTemplate jdbc, CodeLists codes, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.calendar = calendar;
    }

    /** The process start listener's part: the child of the case, recorded. */
    public void open(DelegateExecution execution) {
        String childId = childId(execution);
        execution.setVariable(ChildVariables.CHILD_ID, childId);
        ChildDetails details = details(execution);
        unbornIsOfUnknownSex(childId, details);
        Timestamp now = Timestamp.from(EngineClock.now());
        int updated = jdbc.update("update CF_CHILD set NAME_ = coalesce(?, NAME_), BORN_ON_ = coalesce(?, BORN_ON_),"
                        + " EXPECTED_ON_ = coalesce(?, EXPECTED_ON_), SEX_ = coalesce(?, SEX_), ETHNICITY_ = coalesce(?, ETHNICITY_),"
                        + " DISABILITIES_ = coalesce(?, DISABILITIES_), UPN_ = coalesce(?, UPN_), UPN_UNKNOWN_ = coalesce(?, UPN_UNKNOWN_),"
                        + " CASE_REF_ = ?, TEAM_ = ?, UPDATED_AT_ = ? where CHILD_ID_ = ?",
                details.name(), date(details.bornOn()), date(details.expectedOn()), details.sex(), details.ethnicity(),
                details.disabilities(), details.upn(), details.upnUnknown(), execution.getProcessBusinessKey(),
                execution.getVariable("team"), now, childId);
        if (updated == 0) {
            jdbc.update("insert into CF_CHILD (CHILD_ID_, NAME_, BORN_ON_, EXPECTED_ON_, SEX_, ETHNICITY_, DISABILITIES_, UPN_,"
                            + " UPN_UNKNOWN_, CASE_REF_, TEAM_, CREATED_AT_, UPDATED_AT_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    childId, details.name(), date(details.bornOn()), date(details.expectedOn()), details.sex(),
                    details.ethnicity(), details.disabilities(), details.upn(), details.upnUnknown(),
                    execution.getProcessBusinessKey(), execution.getVariable("team"), now, now);
        }
    }

    /**
     * The identifier the start gives, or else one derived from the case reference: a child is referred
     * again under the same case reference, so the same child keeps the same identifier. A reference of
     * at most 20 letters and digits, once its other characters are dropped, is the identifier itself;
     * a longer one, or one whose letters and digits another case's child already holds, gives "C" and
     * 19 characters of its SHA-256 in base 36.
     */
    private String childId(DelegateExecution execution) {
        Object given = execution.getVariable(ChildVariables.CHILD_ID);
        if (given == null || given instanceof String text && text.isBlank()) {
            String derived = derivedFrom(execution.getProcessBusinessKey());
            // two references may drop to the same letters and digits (CF-2026-1, CF/2026/1): the second child is told apart
            boolean heldByAnother = !jdbc.queryForList("select CASE_REF_ from CF_CHILD where CHILD_ID_ = ? and CASE_REF_ <> ?",
                    String.class, derived, execution.getProcessBusinessKey()).isEmpty();
            return heldByAnother ? hashOf(execution.getProcessBusinessKey()) : derived;
        }
        if (!(given instanceof String id) || !CHILD_ID.matcher(id).matches()) {
            throw new InvalidInputException(ChildVariables.CHILD_ID,
                    "childId must be 1 to 20 letters and digits (the CIN census' LAchildID), not '" + given + "'");
        }
        return id;
    }

    /** The identifier a case reference gives its child, where the start gave none. */
    public static String derivedFrom(String caseReference) {
        String letters = caseReference.replaceAll("[^A-Za-z0-9]", "");
        return CHILD_ID.matcher(letters).matches() ? letters : hashOf(caseReference);
    }

    private static String hashOf(String caseReference) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(caseReference.getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, digest).toString(36).toUpperCase(Locale.ROOT);
            return "C" + base36.substring(0, 19);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private ChildDetails details(DelegateExecution execution) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
        LocalDate bornOn = dateOf(execution, ChildVariables.DATE_OF_BIRTH, zone);
        if (bornOn != null && bornOn.isAfter(today)) {
            throw new InvalidInputException(ChildVariables.DATE_OF_BIRTH, ChildVariables.DATE_OF_BIRTH + " (" + bornOn
                    + ") is later than today: an unborn child has an expected date of birth (" + ChildVariables.EXPECTED_DATE_OF_BIRTH + ")");
        }
        LocalDate expectedOn = dateOf(execution, ChildVariables.EXPECTED_DATE_OF_BIRTH, zone);
        String upn = text(execution, ChildVariables.UPN);
        if (upn != null && !UPN.matcher(upn).matches()) {
            throw new InvalidInputException(ChildVariables.UPN, ChildVariables.UPN
                    + " must be 13 characters: a letter, 11 digits and a digit or letter, not '" + upn + "'");
        }
        return new ChildDetails(text(execution, ChildVariables.NAME), bornOn, expectedOn, coded(execution, ChildVariables.SEX, "sex"), coded(execution, ChildVariables.ETHNICITY, "ethnicity"),
                coded(execution, ChildVariables.DISABILITIES, "disability"), upn,
                coded(execution, ChildVariables.UPN_UNKNOWN, "upn-unknown"));
    }

    /**
     * An unborn child (an expected date of birth and none of birth) is of sex U, as the CIN census asks:
     * checked on the record as this start leaves it, what it gives over what the record held.
     */
    private void unbornIsOfUnknownSex(String childId, ChildDetails given) {
        Map<String, Object> stored = jdbc.queryForList("select BORN_ON_, EXPECTED_ON_, SEX_ from CF_CHILD where CHILD_ID_ = ?",
                childId).stream().findFirst().orElse(Map.of());
        Object bornOn = given.bornOn() != null ? given.bornOn() : stored.get("BORN_ON_");
        Object expectedOn = given.expectedOn() != null ? given.expectedOn() : stored.get("EXPECTED_ON_");
        Object sex = given.sex() != null ? given.sex() : stored.get("SEX_");
        if (bornOn == null && expectedOn != null && sex != null && !UNBORN_SEX.equals(sex)) {
            throw new InvalidInputException(ChildVariables.SEX, ChildVariables.SEX + " of an unborn child (an expected date of birth"
                    + " and no date of birth) is " + UNBORN_SEX + ", as the CIN census asks, not '" + sex + "'");
        }
    }

    private String coded(DelegateExecution execution, String variable, String list) {
        String value = text(execution, variable);
        if (value != null) {
            codes.get(list).problemWith(value).ifPresent(problem -> {
                throw new InvalidInputException(variable, variable + ": " + problem);
            });
        }
        return value;
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidInputException(variable, variable + " must be text, not " + value);
        }
        return text.trim();
    }

    private static LocalDate dateOf(DelegateExecution execution, String variable, ZoneId zone) {
        Object value = execution.getVariable(variable);
        return value == null || value instanceof String text && text.isBlank() ? null : EventDates.parse(variable, value).date(zone);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private record ChildDetails(String name, LocalDate bornOn, LocalDate expectedOn, String sex, String ethnicity,
                                String disabilities, String upn, String upnUnknown) {
    }
}
