package org.careflow.security;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens from the council's OpenID Connect provider (Microsoft Entra ID, Keycloak, any other) on
 * {@code /engine-rest} and {@code /api}, beside HTTP Basic: the token's signature checked against the
 * provider's published keys, its issuer, audience and lifetime; the user and their groups from its claims.
 *
 * @param issuer      the provider's issuer (its {@code /.well-known/openid-configuration} gives its keys); unset, no
 *                    token is accepted
 * @param audience    the audience a token must name (CareFlow's client or application id); unset, any
 * @param userClaim   the claim that is the Camunda user id ({@code preferred_username}; Entra ID: {@code upn} or {@code oid})
 * @param groupsClaim the claim listing the user's groups ({@code groups}; Entra ID: group object ids, or app {@code roles})
 * @param groups      the provider's groups by CareFlow's: {@code careflow.oidc.groups.north=<Entra group id>}; a group
 *                    not named here counts only if it is a CareFlow group by its own id; a token with none is refused
 */
@ConfigurationProperties("careflow.oidc")
public record OidcProperties(URI issuer, String audience, @DefaultValue("preferred_username") String userClaim,
                             @DefaultValue("groups") String groupsClaim, @DefaultValue Map<String, String> groups) {

    boolean enabled() {
        return issuer != null;
    }
}
