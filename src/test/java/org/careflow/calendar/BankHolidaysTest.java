package org.careflow.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

class BankHolidaysTest {

    private final BankHolidays englandAndWales = bankHolidays(Region.ENGLAND_AND_WALES, TestCalendars.SHIPPED_FILE);

    @Test
    void englandAndWales2025To2028MatchTheTableOfTheRules() {
        assertThat(englandAndWales.of(2025)).containsExactlyInAnyOrder(of(2025, 1, 1), of(2025, 4, 18),
                of(2025, 4, 21), of(2025, 5, 5), of(2025, 5, 26), of(2025, 8, 25), of(2025, 12, 25), of(2025, 12, 26));
        assertThat(englandAndWales.of(2026)).containsExactlyInAnyOrder(of(2026, 1, 1), of(2026, 4, 3),
                of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25), of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28));
        assertThat(englandAndWales.of(2027)).containsExactlyInAnyOrder(of(2027, 1, 1), of(2027, 3, 26),
                of(2027, 3, 29), of(2027, 5, 3), of(2027, 5, 31), of(2027, 8, 30), of(2027, 12, 27), of(2027, 12, 28));
        assertThat(englandAndWales.of(2028)).containsExactlyInAnyOrder(of(2028, 1, 3), of(2028, 4, 14),
                of(2028, 4, 17), of(2028, 5, 1), of(2028, 5, 29), of(2028, 8, 28), of(2028, 12, 25), of(2028, 12, 26));
    }

    @Test
    void theShippedFileStopsAt2027So2028ComesFromTheRules() throws IOException {
        String shipped = TestCalendars.SHIPPED_FILE.getContentAsString(StandardCharsets.UTF_8);

        assertThat(shipped).contains("\"2027-12-28\"").doesNotContain("\"2028-");
        assertThat(englandAndWales.isBankHoliday(of(2028, 1, 3))).isTrue();
    }

    @Test
    void oneOffAndMovedHolidaysComeFromTheFile() {
        assertThat(englandAndWales.of(2022)).contains(of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19))
                .doesNotContain(of(2022, 5, 30));
        assertThat(englandAndWales.of(2023)).contains(of(2023, 5, 8));
        assertThat(englandAndWales.of(2020)).contains(of(2020, 5, 8)).doesNotContain(of(2020, 5, 4));
    }

    @Test
    void aReplacementFileIsHonouredAndYearsItLacksComeFromTheRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
                  {"title": "Bank holiday for a royal occasion", "date": "2026-07-10", "notes": "", "bunting": true}
                ]}}
                """);

        BankHolidays fromFile = bankHolidays(Region.ENGLAND_AND_WALES, new FileSystemResource(file));

        assertThat(fromFile.of(2026)).containsExactlyInAnyOrder(of(2026, 1, 1), of(2026, 7, 10));
        assertThat(fromFile.of(2027)).isEqualTo(englandAndWales.of(2027));
    }

    @Test
    void scotlandHasOtherHolidays() {
        BankHolidays scotland = bankHolidays(Region.SCOTLAND, TestCalendars.SHIPPED_FILE);

        assertThat(scotland.isBankHoliday(of(2026, 1, 2))).isTrue();
        assertThat(scotland.isBankHoliday(of(2026, 8, 3))).as("first Monday in August").isTrue();
        assertThat(scotland.isBankHoliday(of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(englandAndWales.isBankHoliday(of(2026, 1, 2))).isFalse();
    }

    @Test
    void northernIrelandHasStPatricksDay() {
        BankHolidays northernIreland = bankHolidays(Region.NORTHERN_IRELAND, TestCalendars.SHIPPED_FILE);

        assertThat(northernIreland.isBankHoliday(of(2027, 3, 17))).isTrue();
        assertThat(englandAndWales.isBankHoliday(of(2027, 3, 17))).isFalse();
    }

    @Test
    void aMissingFileIsRefusedNamingIt(@TempDir Path dir) {
        Resource missing = new FileSystemResource(dir.resolve("no-such-file.json"));

        assertThatThrownBy(() -> bankHolidays(Region.ENGLAND_AND_WALES, missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-file.json")
                .hasMessageContaining("careflow.calendar.bank-holidays");
    }

    @Test
    void anUnreadableFileIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-02-30\"}]}}");

        assertThatThrownBy(() -> bankHolidays(Region.ENGLAND_AND_WALES, new FileSystemResource(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.json");
    }

    private static BankHolidays bankHolidays(Region region, Resource file) {
        return new BankHolidays(new CalendarProperties(region, file, TestCalendars.LONDON));
    }
}
