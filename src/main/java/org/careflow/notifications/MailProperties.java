package org.careflow.notifications;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail CareFlow sends: escalations to the managers and heads of service they go to, and the
 * daily digests of those who chose one. The mail server is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled    whether mail is sent at all (off on the embedded default; the council's server must be set)
 * @param from       the sender's address
 * @param baseUrl    CareFlow's address as its users reach it, for the link to the task
 * @param childName  how much of the child's name leaves CareFlow by mail: {@code initials} (default),
 *                   {@code first-name} or {@code none}
 * @param sendEvery  how often the queue is sent
 * @param attempts   how many times a mail the server refuses is tried before it is left, recorded, for an operator
 * @param backoff    the wait after the first failure, doubled after each later one
 * @param digestCron when the daily digests are written (London time)
 * @param dueSoonWorkingDays how many working days ahead a digest's "due soon" looks
 */
@ConfigurationProperties("careflow.mail")
public record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("careflow@localhost") String from,
                             @DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("initials") ChildName childName,
                             @DefaultValue("30s") Duration sendEvery, @DefaultValue("8") int attempts,
                             @DefaultValue("1m") Duration backoff, @DefaultValue("0 0 7 * * MON-FRI") String digestCron,
                             @DefaultValue("3") int dueSoonWorkingDays) {

    /** How much of the child's name a mail names. */
    public enum ChildName {
        INITIALS, FIRST_NAME, NONE;

        String of(String name) {
            if (name == null || name.isBlank() || this == NONE) {
                return "";
            }
            String[] parts = name.trim().split("\\s+");
            if (this == FIRST_NAME) {
                return parts[0];
            }
            StringBuilder initials = new StringBuilder();
            for (String part : parts) {
                initials.append(Character.toUpperCase(part.charAt(0))).append('.');
            }
            return initials.toString();
        }
    }
}
