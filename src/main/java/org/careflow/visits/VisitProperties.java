package org.careflow.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.visits.*}: local policy for statutory visits.
 *
 * @param videoCallCounts whether a video call at which the child was seen counts as a statutory
 *                        visit (by default it is recorded, but the child has not been seen in person)
 */
@ConfigurationProperties("careflow.visits")
public record VisitProperties(@DefaultValue("false") boolean videoCallCounts) {
}
