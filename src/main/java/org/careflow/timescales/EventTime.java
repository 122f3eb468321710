package org.careflow.timescales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an event happened: either a date alone, or an instant. A date alone has no time of day,
 * so it is never out of hours.
 */
public sealed interface EventTime {

    /** The calendar date of the event in the zone. */
    LocalDate date(ZoneId zone);

    /** The instant of the event; a date alone stands for the start of that day in the zone. */
    Instant instant(ZoneId zone);

    boolean hasTimeOfDay();

    record OnDate(LocalDate date) implements EventTime {

        @Override
        public LocalDate date(ZoneId zone) {
            return date;
        }

        @Override
        public Instant instant(ZoneId zone) {
            return date.atStartOfDay(zone).toInstant();
        }

        @Override
        public boolean hasTimeOfDay() {
            return false;
        }
    }

    record AtInstant(Instant instant) implements EventTime {

        @Override
        public LocalDate date(ZoneId zone) {
            return LocalDate.ofInstant(instant, zone);
        }

        @Override
        public Instant instant(ZoneId zone) {
            return instant;
        }

        @Override
        public boolean hasTimeOfDay() {
            return true;
        }
    }
}
