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
 * @param advocatesMeetingDays how "N business days before" a hearing is counted (PD12A's advocates'
 *                          meetings, {@code careflow.counting.advocates-meeting-days}): counted back
 *                          from the hearing (default) or as FPR r2.9's clear days, one business day
 *                          earlier; a reading to agree with the authority's lawyers
 */
@ConfigurationProperties("careflow.counting")
public record CountingProperties(
        @DefaultValue("day-zero") EventDay eventDay,
        @DefaultValue("as-received") OutOfHours outOfHours,
        @DefaultValue("17:00") LocalTime workingHoursEnd,
        @DefaultValue("calendar") CourtDays courtDays,
        @DefaultValue("counted-back") AdvocatesMeetingDays advocatesMeetingDays) {

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

    public enum AdvocatesMeetingDays {
        /**
         * Counted back from the hearing, the hearing day being day 0: 2 business days before a CMH on
         * Thu 28 Jan 2027 is Tue 26 Jan. The reading CareFlow has always used.
         */
        COUNTED_BACK,
        /**
         * FPR r2.9 clear days: neither the hearing day nor the day the period starts (the meeting's)
         * is counted, so N whole business days lie between meeting and hearing: 2 clear business
         * days before Thu 28 Jan 2027 is Mon 25 Jan (Tue 26 and Wed 27 between). One business day earlier.
         */
        CLEAR_DAYS
    }
}
