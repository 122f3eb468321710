package org.careflow.notifications;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail switched on without a mail server is refused at start, naming the setting. */
class MailSettingsTest {

    private final MailProperties on = new Binder(new MapConfigurationPropertySource(java.util.Map.of("careflow.mail.enabled", "true")))
            .bindOrCreate("careflow.mail", MailProperties.class);

    @Test
    void noMailServerAtAll() {
        assertThatThrownBy(() -> new MailSending(null, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), on))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.mail.host");
    }

    @Test
    void aMailServerWithNoHost() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("sender", new JavaMailSenderImpl());
        assertThatThrownBy(() -> new MailSending(null, beans.getBeanProvider(JavaMailSender.class), on))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CAREFLOW_MAIL_HOST");
    }
}
