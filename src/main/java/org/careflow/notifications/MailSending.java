package org.careflow.notifications;

import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends the queued mail every {@code careflow.mail.send-every}: each mail claimed by this node, sent,
 * and recorded as sent; one the server refuses is tried again after a growing wait, and after
 * {@code careflow.mail.attempts} is left, with the error, for an operator. A node that stops while
 * sending lets its lease lapse and another node sends it. (A node stopping between the server taking
 * a mail and the record of it would send that one again: the server is the only one who knows.)
 */
@Component
@ConditionalOnProperty(name = "careflow.mail.enabled", havingValue = "true")
class MailSending {

    private static final Logger LOG = LoggerFactory.getLogger(MailSending.class);
    private static final int BATCH = 50;

    private final MailQueue queue;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final String node = UUID.randomUUID().toString();

    MailSending(MailQueue queue, ObjectProvider<JavaMailSender> senders, MailProperties properties) {
        JavaMailSender sender = senders.getIfAvailable();
        // refused at start, naming the setting, rather than queueing mail that can never leave
        if (sender == null || sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            throw new IllegalStateException("careflow.mail.enabled is on but no mail server is set: set spring.mail.host"
                    + " (CAREFLOW_MAIL_HOST in the postgres profile), or switch careflow.mail.enabled off");
        }
        if ("localhost".equals(properties.baseUrl().getHost())) {
            LOG.warn("careflow.mail.base-url is {}: the links in the mail CareFlow sends lead there (CAREFLOW_BASE_URL)",
                    properties.baseUrl());
        }
        this.queue = queue;
        this.sender = sender;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${careflow.mail.send-every:30s}")
    void sendWhatIsDue() {
        for (MailQueue.Mail mail : queue.claim(node, BATCH)) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(new InternetAddress(mail.address(), true).getAddress());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
                queue.sent(mail.id());
            } catch (MailException | jakarta.mail.internet.AddressException e) {
                int attempts = mail.attempts() + 1;
                boolean again = attempts < properties.attempts();
                Duration wait = properties.backoff().multipliedBy(1L << Math.min(attempts - 1, 16));
                queue.failed(mail.id(), attempts, e.getMessage() == null ? e.getClass().getName() : e.getMessage(), wait, again);
                LOG.warn("Mail {} not sent (attempt {} of {}){}: {}", mail.id(), attempts, properties.attempts(),
                        again ? ", tried again in " + wait : ", left for an operator", e.getMessage());
            }
        }
    }
}
