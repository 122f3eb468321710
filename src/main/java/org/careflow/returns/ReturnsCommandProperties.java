package org.careflow.returns;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A return produced by command, once CareFlow is up, after which it exits (0 when produced, 1 when not).
 *
 * @param produce {@code annex-a}, {@code cin-census}, {@code ssda903} or {@code dfe-feed}; unset, no return is produced
 * @param asOf    the last day of Annex A's six months (today by default)
 * @param year    the year the CIN census' or the SSDA903's collection ends in (the last ended by default)
 * @param to      the file written (Annex A's workbook, the census' XML), or the folder of the SSDA903's tables; the DfE
 *                feed is sent, not written
 * @param full    the DfE feed: a full snapshot rather than the changes since the last run sent
 */
@ConfigurationProperties("careflow.returns.command")
public record ReturnsCommandProperties(String produce, LocalDate asOf, Integer year, Path to,
                                       @DefaultValue("false") boolean full) {
}
