package org.careflow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.authorization.*}: how the engine's authorization checks run.
 *
 * @param groupScan whether each command first asks the grant table which groups have any grant at all
 *                  (Camunda's own behaviour), only to shorten the list of groups it checks; off, the
 *                  user's groups are checked as they are, with the same answers ({@link GroupChecksWithoutScan}).
 *                  On only to measure stock Camunda (docs/benchmarks.md)
 */
@ConfigurationProperties("careflow.authorization")
public record AuthorizationProperties(@DefaultValue("false") boolean groupScan) {
}
