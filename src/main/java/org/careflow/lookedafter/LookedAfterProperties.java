package org.careflow.lookedafter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices in the looked-after child's process.
 *
 * @param educationPlanFromAge the age from which a looked-after child has a personal education plan: the law
 *                             requires one of school age, and many authorities start it in the early years (3 by
 *                             default); a child whose date of birth is not known has one
 */
@ConfigurationProperties("careflow.looked-after")
public record LookedAfterProperties(@DefaultValue("3") int educationPlanFromAge) {
}
