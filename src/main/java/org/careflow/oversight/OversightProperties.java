package org.careflow.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code careflow.oversight.*}: local policy for what managers watch.
 *
 * @param caseloadLimit        open cases a social worker should hold at most (one authority promised 12 to 15)
 * @param workloadReviewCycle  when each team manager's weekly workload review falls due (a Quartz-style cron,
 *                             which the engine reads when it schedules the review)
 */
@ConfigurationProperties("careflow.oversight")
@Validated
public record OversightProperties(@DefaultValue("15") @Positive int caseloadLimit,
                                  @DefaultValue("0 0 9 ? * MON") @NotBlank String workloadReviewCycle) {
}
