package org.careflow.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where working days are counted.
 *
 * @param region       whose bank holidays apply, as GOV.UK names the division
 *                     ({@code england-and-wales}, {@code scotland}, {@code northern-ireland})
 * @param bankHolidays a copy of GOV.UK's {@code bank-holidays.json}; operators point this at a
 *                     newer download ({@code file:/...}) when GOV.UK announces a one-off holiday
 * @param zone         the zone in which a day begins and ends
 */
@ConfigurationProperties("careflow.calendar")
public record CalendarProperties(
        @DefaultValue("england-and-wales") Region region,
        @DefaultValue("classpath:calendar/bank-holidays.json") Resource bankHolidays,
        @DefaultValue("Europe/London") ZoneId zone) {
}
