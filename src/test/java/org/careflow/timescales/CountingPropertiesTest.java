package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;

import org.careflow.timescales.CountingProperties.AdvocatesMeetingDays;
import org.careflow.timescales.CountingProperties.CourtDays;
import org.careflow.timescales.CountingProperties.EventDay;
import org.careflow.timescales.CountingProperties.OutOfHours;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CountingPropertiesTest {

    @Test
    void defaultsToTheEventDayAsDayZeroAsReceivedCalendarCourtDaysAndAdvocatesMeetingsCountedBack() {
        assertThat(bind(Map.of())).isEqualTo(new CountingProperties(EventDay.DAY_ZERO, OutOfHours.AS_RECEIVED,
                LocalTime.of(17, 0), CourtDays.CALENDAR, AdvocatesMeetingDays.COUNTED_BACK));
    }

    @Test
    void localPoliciesBindFromConfiguration() {
        CountingProperties properties = bind(Map.of(
                "careflow.counting.event-day", "day-one",
                "careflow.counting.out-of-hours", "next-working-day",
                "careflow.counting.working-hours-end", "17:30",
                "careflow.counting.court-days", "business",
                "careflow.counting.advocates-meeting-days", "clear-days"));

        assertThat(properties).isEqualTo(new CountingProperties(EventDay.DAY_ONE, OutOfHours.NEXT_WORKING_DAY,
                LocalTime.of(17, 30), CourtDays.BUSINESS, AdvocatesMeetingDays.CLEAR_DAYS));
    }

    private static CountingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("careflow.counting", CountingProperties.class);
    }
}
