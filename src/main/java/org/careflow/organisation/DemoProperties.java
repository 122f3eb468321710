package org.careflow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code careflow.demo.enabled}: the demo organisation of the contract, for trying CareFlow only. */
@ConfigurationProperties("careflow.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {
}
