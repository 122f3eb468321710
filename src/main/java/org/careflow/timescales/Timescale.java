package org.careflow.timescales;

/**
 * One statutory or local time limit, as the process owner's decision table states it.
 *
 * @param earliest            the start of a window in the same unit, or null when there is none
 * @param reminderWorkingDays working days before the deadline (moved back to a working day) on
 *                            which the practitioner is reminded
 * @param fromReceipt         whether the clock starts when something is received (a referral), the
 *                            only kind of event the out-of-hours switch applies to; never a meeting
 *                            or a decision that was held
 */
public record Timescale(String id, int amount, TimescaleUnit unit, Integer earliest, int reminderWorkingDays,
                        boolean fromReceipt) {
}
