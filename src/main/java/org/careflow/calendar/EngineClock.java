package org.careflow.calendar;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time it is now, as the engine tells it: the clock its timers fire by and its due dates are
 * compared with, which tests set (the engine's {@code ClockUtil}) to stand on a given day. Every
 * "now" in CareFlow is read here, so that a deadline, a timer and a check that a date has passed
 * agree, and so that the engine's internal clock class is named in one place. Only a replay of past
 * days moves it in the running application ({@code replay}); tests set it the same way.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Stands the engine on this instant until it is moved again or {@link #reset}. */
    public static void setTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Back to the real time. */
    public static void reset() {
        ClockUtil.reset();
    }

    /** Now, as the engine's API takes it (a query's {@code dueBefore}, a variable's value). */
    public static Date nowAsDate() {
        return ClockUtil.getCurrentTime();
    }
}
