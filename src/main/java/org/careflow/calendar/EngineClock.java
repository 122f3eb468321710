package org.careflow.calendar;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time it is now, as the engine tells it: the clock its timers fire by and its due dates are
 * compared with, which tests set (the engine's {@code ClockUtil}) to stand on a given day. Every
 * "now" in CareFlow is read here, so that a deadline, a timer and a check that a date has passed
 * agree, and so that the engine's internal clock class is named in one place.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Now, as the engine's API takes it (a query's {@code dueBefore}, a variable's value). */
    public static Date nowAsDate() {
        return ClockUtil.getCurrentTime();
    }
}
