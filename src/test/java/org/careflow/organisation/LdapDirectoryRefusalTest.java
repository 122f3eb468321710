package org.careflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The directory is read-only: the demo organisation, which writes users and groups, cannot run beside it. */
class LdapDirectoryRefusalTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LdapDirectory.class, Properties.class);

    @EnableConfigurationProperties({DemoProperties.class, LdapProperties.class})
    static class Properties {
    }

    @Test
    void theDirectoryBesideTheDemoOrganisationDoesNotStart() {
        context.withPropertyValues("careflow.ldap.enabled=true", "careflow.demo.enabled=true")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasRootCauseMessage("careflow.ldap.enabled and careflow.demo.enabled together: the demo"
                                + " organisation writes users and groups, and the directory is read-only. Switch the demo off."));
    }

    @Test
    void withoutTheDemoTheDirectoryIsCamundasIdentityService() {
        context.withPropertyValues("careflow.ldap.enabled=true").run(started -> assertThat(started).hasNotFailed()
                .hasBean("ldapIdentityProvider").hasBean("ldapAdministrators"));
    }

    @Test
    void offByDefault() {
        context.run(started -> assertThat(started).doesNotHaveBean("ldapIdentityProvider"));
    }
}
