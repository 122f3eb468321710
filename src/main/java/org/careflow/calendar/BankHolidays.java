package org.careflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The bank holidays of the configured region, year by year. GOV.UK's data wins for every year it
 * has events for, because one-off and moved holidays (a state funeral, a coronation) are
 * announced, not computed; the rules cover the years the data does not reach yet.
 */
@Component
public class BankHolidays {

    private static final Logger log = LoggerFactory.getLogger(BankHolidays.class);

    private final Region region;
    private final Map<Integer, Set<LocalDate>> publishedByYear;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
    private final HolidayManager rules =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    public BankHolidays(CalendarProperties properties) {
        this.region = properties.region();
        this.publishedByYear = read(properties.bankHolidays(), region);
    }

    public boolean isBankHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    public Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year,
                y -> publishedByYear.containsKey(y) ? publishedByYear.get(y) : fromRules(y));
    }

    private Set<LocalDate> fromRules(int year) {
        return rules.getHolidays(Year.of(year), region.rulesSubdivision()).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<Integer, Set<LocalDate>> read(Resource file, Region region) {
        Map<String, Division> divisions;
        try (InputStream in = file.getInputStream()) {
            divisions = new ObjectMapper().registerModule(new JavaTimeModule())
                    .readValue(in, new TypeReference<Map<String, Division>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bank holidays file " + file.getDescription()
                    + " (careflow.calendar.bank-holidays): " + e.getMessage(), e);
        }
        Division division = divisions.get(region.division());
        if (division == null || division.events() == null) {
            log.info("{} has no '{}' division: its bank holidays come from the rules for every year",
                    file.getDescription(), region.division());
            return Map.of();
        }
        return division.events().stream()
                .map(Event::date)
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.toUnmodifiableSet()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Division(List<Event> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(LocalDate date) {
    }
}
