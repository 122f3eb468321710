package org.careflow.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Instants written as people in England read them. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    public static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    /** What a task's due date is: the last second of the deadline day. */
    public static Date endOf(String date) {
        return Date.from(LocalDate.parse(date).plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
    }

    public static Date startOf(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(ZONE).toInstant());
    }
}
