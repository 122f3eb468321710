package org.careflow.organisation;

import jakarta.validation.constraints.NotBlank;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code careflow.ldap.*}: people, groups and passwords from the council's directory (Active Directory
 * or any LDAP server) instead of Camunda's own identity tables. The directory itself, where it is and
 * how its people and groups are found, is {@code careflow.ldap.directory.*}: the settings of Camunda's
 * LDAP identity provider plugin (server-url, manager-dn, manager-password, base-dn, user-search-base,
 * user-search-filter, user-id-attribute, group-search-base, group-search-filter, group-id-attribute,
 * group-name-attribute, group-type-attribute, group-member-attribute, use-ssl, ...), as Camunda's
 * documentation names them (docs/security.md).
 *
 * @param enabled              whether Camunda's identity service reads the directory; off by default
 * @param administratorsGroup  the directory group whose members administer the engine (Camunda Admin,
 *                             every resource), as {@code camunda-admin} does in Camunda's own tables
 */
@Validated
@ConfigurationProperties("careflow.ldap")
public record LdapProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue(Groups.CAMUNDA_ADMIN) @NotBlank String administratorsGroup) {
}
