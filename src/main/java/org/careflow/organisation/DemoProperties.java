package org.careflow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.demo.*}: the demo organisation of the contract, for trying CareFlow only.
 *
 * @param enabled whether the demo teams and users (password {@code demo}) are created at start. Off unless
 *                a profile turns it on, as the embedded default's application.yaml does, so that no other
 *                way of starting CareFlow gets users with a known password
 */
@ConfigurationProperties("careflow.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {
}
