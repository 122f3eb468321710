package org.careflow.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.oversight.*}: local policy for what managers watch.
 *
 * @param caseloadLimit        open cases a social worker should hold at most (one authority promised 12 to 15)
 * @param workloadReviewCycle  when each team manager's weekly workload review falls due (a Quartz-style cron)
 */
@ConfigurationProperties("careflow.oversight")
public record OversightProperties(@DefaultValue("15") int caseloadLimit,
                                  @DefaultValue("0 0 9 ? * MON") String workloadReviewCycle) {
}
