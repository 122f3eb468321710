package org.careflow.timescales;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local counting policies, which authorities set differently and may change without a release.
 * They apply to timescales counted forward in working days, the "within N working days of"
 * limits of Working Together and the Care Planning Regulations; court days have their own switch.
 *
 * @param eventDay          which day of the event is counted first
 * @param outOfHours        whether a receipt (a referral received) outside working hours counts from
 *                          the next working day; never a meeting or decision that was held
 * @param workingHoursEnd   a receipt at or after this time on a working day is out of hours; one
 *                          before the working day starts is in time for that day
 * @param courtDays         how PLO "day N" is read
 */
@ConfigurationProperties("careflow.counting")
public record CountingProperties(
        @DefaultValue("day-zero") EventDay eventDay,
        @DefaultValue("as-received") OutOfHours outOfHours,
        @DefaultValue("17:00") LocalTime workingHoursEnd,
        @DefaultValue("calendar") CourtDays courtDays) {

    public enum EventDay {
        /** The event's date is day 0, whatever the time and even if it is not a working day. */
        DAY_ZERO,
        /** The event's date is day 1 if it is a working day, else the next working day is: one day stricter. */
        DAY_ONE
    }

    public enum OutOfHours {
        /** The event counts from its own date, whenever it happened. */
        AS_RECEIVED,
        /** A receipt after working hours, or on a day that is not a working day, is deemed received on the next working day. */
        NEXT_WORKING_DAY
    }

    public enum CourtDays {
        /** Day N is the issue date + N - 1 calendar days. */
        CALENDAR,
        /** Day 1 is the issue date (or the next business day), day N the (N-1)th business day after it. */
        BUSINESS
    }
}
