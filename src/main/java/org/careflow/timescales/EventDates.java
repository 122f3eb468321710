package org.careflow.timescales;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Turns a process variable into the time of an event. A date-time without an offset is refused:
 * read on a server in another zone, or across a clock change, it would name a different day. So is
 * a date before 1900 (year 1, year 0, a negative year) or after year 9999 (ISO's expanded years): a
 * typing mistake, never a date of a child's case, and one that no bank-holiday calendar covers.
 */
public final class EventDates {

    /** The earliest date an event may have. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest: the last of the four-digit years, all that a date field of Camunda Forms writes. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private EventDates() {
    }

    public static EventTime parse(String variableName, Object value) {
        EventTime time = read(variableName, value);
        LocalDate date = time.date(ZoneOffset.UTC);
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw InvalidEventDateException.implausible(variableName, value instanceof String ? value : time.instant(ZoneOffset.UTC));
        }
        return time;
    }

    private static EventTime read(String variableName, Object value) {
        if (value instanceof String text) {
            return parseText(variableName, text);
        }
        if (value instanceof Date date) {
            // Date.getTime, because java.sql.Date refuses toInstant()
            return new EventTime.AtInstant(Instant.ofEpochMilli(date.getTime()));
        }
        if (value instanceof LocalDate date) {
            return new EventTime.OnDate(date);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return new EventTime.AtInstant(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return new EventTime.AtInstant(dateTime.toInstant());
        }
        if (value instanceof Instant instant) {
            return new EventTime.AtInstant(instant);
        }
        throw new InvalidEventDateException(variableName,
                value == null ? "null" : value + " (a " + value.getClass().getSimpleName() + ")");
    }

    private static EventTime parseText(String variableName, String text) {
        try {
            return text.contains("T")
                    ? new EventTime.AtInstant(OffsetDateTime.parse(text).toInstant())
                    : new EventTime.OnDate(LocalDate.parse(text));
        } catch (DateTimeException e) {
            throw new InvalidEventDateException(variableName, "'" + text + "'");
        }
    }
}
