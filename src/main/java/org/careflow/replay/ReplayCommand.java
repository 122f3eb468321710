package org.careflow.replay;

import java.time.LocalDate;
import org.careflow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The replay as a command, once CareFlow is up: {@code --careflow.replay.from=2026-01-01} replays and
 * exits, 0 when every check held and 1 otherwise; {@code --careflow.replay.demo=true} replays the days
 * up to today once into the demo teams and leaves CareFlow running on the real clock. Never by
 * default, and on the production profile only when {@code careflow.replay.allow-production} says so.
 */
@Component
class ReplayCommand {

    static final String PRODUCTION_PROFILE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(ReplayCommand.class);

    private final ReplayProperties properties;
    private final Replay replay;
    private final Environment environment;
    private final WorkingDayCalendar calendar;

    ReplayCommand(ReplayProperties properties, Replay replay, Environment environment, WorkingDayCalendar calendar) {
        this.properties = properties;
        this.replay = replay;
        this.environment = environment;
        this.calendar = calendar;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        if (!properties.requested()) {
            return;
        }
        refuseOnProductionUnlessAllowed();
        if (replay.replayedBefore(properties.casePrefix())) {
            if (properties.demo()) {
                log.info("Demo history is there already (cases {}-...): not replayed again", properties.casePrefix());
                return;
            }
            throw new IllegalStateException("Cases " + properties.casePrefix() + "-... exist already in this database: replay"
                    + " into a fresh one, or choose another careflow.replay.case-prefix");
        }
        ReplayWindow window = properties.window(LocalDate.now(calendar.zone()));
        log.info("Replaying {} to {} at scale {} (seed {}), the engine's clock moved day by day", window.first(),
                window.last(), properties.scale(), properties.seed());
        ReplayReport report = replay.run(window, properties.scale(), properties.seed(), properties.teams(),
                properties.casePrefix());
        if (report.clean()) {
            log.info("\n{}", report.text());
        } else {
            log.error("\n{}", report.text());
        }
        if (!properties.demo()) {
            ConfigurableApplicationContext context = event.getApplicationContext();
            System.exit(SpringApplication.exit(context, () -> report.clean() ? 0 : 1));
        }
    }

    private void refuseOnProductionUnlessAllowed() {
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE)) && !properties.allowProduction()) {
            throw new IllegalStateException("careflow.replay refused on the " + PRODUCTION_PROFILE + " profile: a replay"
                    + " writes cases nobody referred into the authority's database. Set careflow.replay.allow-production=true"
                    + " on a copy made for it.");
        }
    }
}
