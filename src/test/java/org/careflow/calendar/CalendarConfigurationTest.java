package org.careflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class, BankHolidays.class, WorkingDayCalendar.class);

    @Test
    void startsWithTheShippedFileByDefault() {
        context.run(started -> assertThat(started.getBean(WorkingDayCalendar.class)
                .isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse());
    }

    @Test
    void takesTheRegionFromConfiguration() {
        context.withPropertyValues("careflow.calendar.region=scotland")
                .run(started -> assertThat(started.getBean(WorkingDayCalendar.class)
                        .isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse());
    }

    @Test
    void refusesToStartWithoutItsBankHolidaysFile() {
        context.withPropertyValues("careflow.calendar.bank-holidays=file:/nonexistent/bank-holidays.json")
                .run(failed -> assertThat(failed).hasFailed().getFailure()
                        .hasStackTraceContaining("Cannot read the bank holidays file")
                        .hasStackTraceContaining("/nonexistent/bank-holidays.json"));
    }
}
