package org.careflow.replay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code careflow.replay.*}: a year of an authority replayed through the engine. Nothing is replayed
 * unless {@code from} or {@code demo} asks for it.
 *
 * @param from            the first day replayed; set, CareFlow replays and exits (0 when every check held, 1 otherwise)
 * @param days            how many days are replayed
 * @param scale           the volume against a mid-sized authority's year (1.0: about 5,000 referrals, 1,500
 *                        assessments, 400 section 47 enquiries, 150 child protection plans, 40 care proceedings)
 * @param seed            the seed of every choice the replay makes: the same seed replays the same year
 * @param demo            fill the embedded default with demo history: the {@code days} up to yesterday, replayed
 *                        once (not again while its cases exist), then CareFlow runs on with the real clock
 * @param allowProduction replay on the {@code postgres} profile too; refused there otherwise, since a replay
 *                        writes cases nobody referred
 * @param teams           the teams the cases go to, each with its managers' group (the demo teams by default)
 * @param casePrefix      the start of every replayed case reference, which tells replayed cases apart
 */
@ConfigurationProperties("careflow.replay")
@Validated
public record ReplayProperties(LocalDate from,
                               @DefaultValue("365") @Positive @Max(3660) int days,
                               @DefaultValue("1.0") @Positive @Max(20) double scale,
                               @DefaultValue("15") long seed,
                               @DefaultValue("false") boolean demo,
                               @DefaultValue("false") boolean allowProduction,
                               @DefaultValue({"north", "south"}) @NotEmpty List<String> teams,
                               @DefaultValue("RP") @Pattern(regexp = "[A-Z]{1,6}") String casePrefix) {

    /** Whether anything is to be replayed at all. */
    boolean requested() {
        return from != null || demo;
    }

    /** The replayed days: from {@code from}, or for the demo the {@code days} before {@code today}. */
    ReplayWindow window(LocalDate today) {
        return new ReplayWindow(from != null ? from : today.minusDays(days), days);
    }
}
