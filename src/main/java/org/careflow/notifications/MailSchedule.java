package org.careflow.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When mail is on ({@code careflow.mail.enabled}): the queue sent every {@code careflow.mail.send-every}
 * ({@link MailSending}), the digests written each working morning ({@code careflow.mail.digest-cron}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "careflow.mail.enabled", havingValue = "true")
class MailSchedule {

    private final DailyDigest digest;

    MailSchedule(DailyDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${careflow.mail.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    void writeTheDigests() {
        digest.write();
    }
}
