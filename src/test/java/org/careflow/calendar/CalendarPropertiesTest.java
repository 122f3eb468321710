package org.careflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

    @Test
    void defaultsToEnglandAndWalesWithTheShippedFileInLondon() {
        CalendarProperties properties = bind(Map.of());

        assertThat(properties.region()).isEqualTo(Region.ENGLAND_AND_WALES);
        assertThat(properties.bankHolidays().exists()).isTrue();
        assertThat(properties.bankHolidays().getFilename()).isEqualTo("bank-holidays.json");
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void bindsGovUkDivisionNamesAndAFileOutsideTheApplication() {
        CalendarProperties properties = bind(Map.of(
                "careflow.calendar.region", "northern-ireland",
                "careflow.calendar.bank-holidays", "file:/etc/careflow/bank-holidays.json"));

        assertThat(properties.region()).isEqualTo(Region.NORTHERN_IRELAND);
        assertThat(properties.bankHolidays().getDescription()).contains("/etc/careflow/bank-holidays.json");
    }

    private static CalendarProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("careflow.calendar", CalendarProperties.class);
    }
}
