package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventDatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant CHRISTMAS_EVE_4PM = Instant.parse("2026-12-24T16:00:00Z");

    @Test
    void aDateAloneIsThatDateWithoutATimeOfDay() {
        EventTime event = EventDates.parse("referralReceivedAt", "2026-12-24");

        assertThat(event.date(LONDON)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(event.hasTimeOfDay()).isFalse();
        assertThat(event.instant(LONDON)).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
    }

    @Test
    void aDateAloneStartsAtMidnightInTheZoneInSummer() {
        assertThat(EventDates.parse("x", "2026-07-10").instant(LONDON)).isEqualTo(Instant.parse("2026-07-09T23:00:00Z"));
    }

    @Test
    void dateTimesWithAnOffsetOrZAreInstants() {
        assertThat(EventDates.parse("x", "2026-12-24T16:00:00Z").instant(LONDON)).isEqualTo(CHRISTMAS_EVE_4PM);
        assertThat(EventDates.parse("x", "2026-12-24T16:00+01:00").instant(LONDON))
                .isEqualTo(Instant.parse("2026-12-24T15:00:00Z"));
        assertThat(EventDates.parse("x", "2026-12-24T16:00:00Z").hasTimeOfDay()).isTrue();
    }

    @Test
    void javaTimeValuesAndDatesAreAccepted() {
        assertThat(EventDates.parse("x", Date.from(CHRISTMAS_EVE_4PM)).instant(LONDON)).isEqualTo(CHRISTMAS_EVE_4PM);
        assertThat(EventDates.parse("x", CHRISTMAS_EVE_4PM).instant(LONDON)).isEqualTo(CHRISTMAS_EVE_4PM);
        assertThat(EventDates.parse("x", OffsetDateTime.ofInstant(CHRISTMAS_EVE_4PM, ZoneOffset.ofHours(5)))
                .instant(LONDON)).isEqualTo(CHRISTMAS_EVE_4PM);
        assertThat(EventDates.parse("x", ZonedDateTime.ofInstant(CHRISTMAS_EVE_4PM, LONDON)).instant(LONDON))
                .isEqualTo(CHRISTMAS_EVE_4PM);
        assertThat(EventDates.parse("x", LocalDate.of(2026, 12, 24)).date(LONDON)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void theDateOfAnInstantIsItsDateInTheZone() {
        EventTime lateEvening = EventDates.parse("x", "2026-07-10T23:30:00Z");

        assertThat(lateEvening.date(LONDON)).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(lateEvening.date(ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void theExampleMessageNamesTheVariableAndTheForms() {
        assertThatThrownBy(() -> EventDates.parse("referralReceivedAt", "yesterday"))
                .isInstanceOf(InvalidEventDateException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("referralReceivedAt must be an ISO-8601 date (2026-12-24) or date-time with offset"
                        + " (2026-12-24T16:00:00Z), not 'yesterday'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-24T16:00:00", "", " ", "2026-02-30", "yesterday", "24/12/2026",
            "2026-12-24 16:00Z", "2026-12-24T25:00Z"})
    void rejectedTextNamesTheVariable(String text) {
        assertThatThrownBy(() -> EventDates.parse("referralReceivedAt", text))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessageStartingWith("referralReceivedAt must be")
                .hasMessageEndingWith("not '" + text + "'");
    }

    @Test
    void nullIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> EventDates.parse("referralReceivedAt", null))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessageStartingWith("referralReceivedAt must be")
                .hasMessageEndingWith("not null");
    }

    @Test
    void otherTypesAreRejectedNamingTheVariable() {
        assertThatThrownBy(() -> EventDates.parse("lastVisitOn", LocalDateTime.of(2026, 12, 24, 16, 0)))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessageStartingWith("lastVisitOn must be")
                .hasMessageContaining("LocalDateTime");
        assertThatThrownBy(() -> EventDates.parse("lastVisitOn", 20261224L))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessageStartingWith("lastVisitOn must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0001-01-01", "0000-06-01", "0001-01-01", "1899-12-31", "1899-12-31T23:59:59Z", "+10000-01-01"})
    void datesBefore1900OrAfter9999AreRefusedNamingTheVariable(String text) {
        assertThatThrownBy(() -> EventDates.parse("referralReceivedAt", text))
                .isInstanceOf(InvalidEventDateException.class)
                .hasMessage("referralReceivedAt must be a date from 1900-01-01 to 9999-12-31, not " + text)
                .extracting(e -> ((InvalidEventDateException) e).variableName()).isEqualTo("referralReceivedAt");
    }

    @Test
    void theFirstDayOf1900AndTheLastOf9999ArePlausible() {
        assertThat(EventDates.parse("childDateOfBirth", "1900-01-01").date(LONDON)).isEqualTo(EventDates.EARLIEST);
        assertThat(EventDates.parse("newTargetDate", "9999-12-31").date(LONDON)).isEqualTo(EventDates.LATEST);
        assertThatThrownBy(() -> EventDates.parse("x", Date.from(Instant.parse("0001-01-01T00:00:00Z"))))
                .isInstanceOf(InvalidEventDateException.class);
    }
}
