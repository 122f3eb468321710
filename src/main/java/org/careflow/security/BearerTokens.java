package org.careflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads a bearer token from the council's OpenID Connect provider: signed by one of the keys it
 * publishes (fetched once from its discovery document, refreshed when it rotates them), issued by it,
 * for CareFlow where an audience is set, not expired; its user from {@code careflow.oidc.user-claim},
 * its CareFlow groups mapped from {@code careflow.oidc.groups-claim} ({@link DirectoryGroups}). Anything else is no user.
 */
@Component
@EnableConfigurationProperties(OidcProperties.class)
class BearerTokens {

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokens.class);

    /** Who the token says is asking, in CareFlow's ids. */
    record Identity(String user, List<String> groups) {
    }

    private final OidcProperties properties;
    private final DirectoryGroups directory;
    private final ObjectMapper json;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    BearerTokens(OidcProperties properties, DirectoryGroups directory, ObjectMapper json) {
        this.properties = properties;
        this.directory = directory;
        this.json = json;
    }

    boolean enabled() {
        return properties.enabled();
    }

    Optional<Identity> read(String token) {
        if (!enabled()) {
            return Optional.empty();
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (Exception e) {
            LOG.info("Bearer token refused: {}", e.getMessage());
            return Optional.empty();
        }
        Object user = claims.getClaim(properties.userClaim());
        if (!(user instanceof String id) || id.isBlank()) {
            LOG.info("Bearer token refused: no {} claim", properties.userClaim());
            return Optional.empty();
        }
        List<String> groups = directory.careflowGroups(claims.getClaim(properties.groupsClaim()));
        if (groups.isEmpty()) {
            LOG.info("Bearer token of {} refused: none of its groups is a CareFlow group", id);
            return Optional.empty();
        }
        return Optional.of(new Identity(id, groups));
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws IOException, InterruptedException {
        DefaultJWTProcessor<SecurityContext> built = processor;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (processor == null) {
                String issuer = properties.issuer().toString();
                URI discovery = URI.create(issuer.endsWith("/") ? issuer + ".well-known/openid-configuration"
                        : issuer + "/.well-known/openid-configuration");
                HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                        .send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IOException(discovery + " answered " + answer.statusCode());
                }
                JsonNode metadata = json.readTree(answer.body());
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new URL(metadata.path("jwks_uri").asText())).build();
                DefaultJWTProcessor<SecurityContext> created = new DefaultJWTProcessor<>();
                created.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
                        JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.PS256), keys));
                JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(metadata.path("issuer").asText(issuer));
                created.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(properties.audience(), exact.build(),
                        Set.of("sub", "exp", "iat")));
                processor = created;
            }
            return processor;
        }
    }
}
