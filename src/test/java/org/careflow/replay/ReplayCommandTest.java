package org.careflow.replay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.careflow.calendar.TestCalendars;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.env.MockEnvironment;

/** A replay never runs unless asked, and the production profile refuses it unless it is allowed there. */
class ReplayCommandTest {

    private static final ApplicationReadyEvent READY = new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
            Duration.ZERO);

    @Test
    void nothingIsReplayedUnlessAsked() {
        ReplayCommand command = command(properties(false, false), new MockEnvironment());

        assertThatCode(() -> command.ready(READY)).doesNotThrowAnyException();
    }

    @Test
    void theProductionProfileRefusesADemoReplay() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles(ReplayCommand.PRODUCTION_PROFILE);

        assertThatThrownBy(() -> command(properties(true, false), production).ready(READY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("careflow.replay.allow-production=true");
    }

    /** No replay is given: the command must decide before it would need one. */
    private static ReplayCommand command(ReplayProperties properties, MockEnvironment environment) {
        return new ReplayCommand(properties, null, environment, TestCalendars.englandAndWales());
    }

    private static ReplayProperties properties(boolean demo, boolean allowProduction) {
        return new ReplayProperties(null, 365, 1.0, 15, demo, allowProduction, List.of("north", "south"), "RP");
    }
}
