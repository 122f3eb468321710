package org.careflow.organisation;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's identity service on the council's directory ({@link LdapProperties}): Camunda's LDAP
 * identity provider plugin, read-only, so that people sign in with their directory password, their
 * groups (teams, managers, heads of service, ...) are the directory's groups, and the grants
 * CareFlow keeps in the engine's tables name them as the directory does. A group's type (team,
 * managers, as {@link Organisation} reads it) is an attribute of the directory's group
 * ({@code careflow.ldap.directory.group-type-attribute}). Nothing is written to the directory: the
 * demo organisation cannot be switched on beside it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "careflow.ldap", name = "enabled", havingValue = "true")
class LdapDirectory {

    /** The plugin's settings, bound by their names in Camunda's documentation (server-url, base-dn, ...). */
    @Bean
    @ConfigurationProperties("careflow.ldap.directory")
    LdapIdentityProviderPlugin ldapIdentityProvider(DemoProperties demo) {
        if (demo.enabled()) {
            throw new IllegalStateException("careflow.ldap.enabled and careflow.demo.enabled together: the demo"
                    + " organisation writes users and groups, and the directory is read-only. Switch the demo off.");
        }
        return new LdapIdentityProviderPlugin();
    }

    /** The directory group that administers the engine gets every permission on every resource. */
    @Bean
    AdministratorAuthorizationPlugin ldapAdministrators(LdapProperties properties) {
        AdministratorAuthorizationPlugin administrators = new AdministratorAuthorizationPlugin();
        administrators.setAdministratorGroupName(properties.administratorsGroup());
        return administrators;
    }
}
