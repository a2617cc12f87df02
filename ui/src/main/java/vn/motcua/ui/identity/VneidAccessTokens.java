package vn.motcua.ui.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Bearer tokens for the dossier API: access tokens the VNeID provider issued to this portal. The
 * provider (and its keys) are those of the login registration, whose issuer is fixed by
 * configuration. A token must be typed as an access token (an ID token, which also names this
 * portal as its audience, must not open the API), carry that issuer, be meant for this client,
 * expire within the configured short lifetime, be
 * current, and name a personal ID number.
 */
final class VneidAccessTokens implements JwtDecoder {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final ClientRegistrationRepository registrations;
    private final VneidProperties properties;
    private final Map<String, JwtDecoder> byIssuer = new ConcurrentHashMap<>();

    VneidAccessTokens(ClientRegistrationRepository registrations, VneidProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        ClientRegistration vneid = registrations.findByRegistrationId(VneidClientRegistrations.REGISTRATION_ID);
        String issuer = vneid.getProviderDetails().getIssuerUri();
        return byIssuer.computeIfAbsent(issuer, i -> decoder(vneid)).decode(token);
    }

    private JwtDecoder decoder(ClientRegistration vneid) {
        JOSEObjectType type = new JOSEObjectType(properties.accessTokenType());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(vneid.getProviderDetails().getJwkSetUri())
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                        type, new JOSEObjectType("application/" + properties.accessTokenType()))))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(vneid.getProviderDetails().getIssuerUri()),
                audience(vneid.getClientId()), shortLived(properties.maxAccessTokenLifetime()), idNumber()));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> audience(String clientId) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId)
                ? OAuth2TokenValidatorResult.success()
                : failure("The token is not for this portal");
    }

    /**
     * Spring's timestamp check passes a token without {@code exp}, which would never expire, and
     * fills in a missing {@code iat} from {@code exp}; so the expiry itself must lie within the
     * short lifetime from now (one minute of clock skew allowed).
     */
    private static OAuth2TokenValidator<Jwt> shortLived(Duration max) {
        return jwt -> {
            if (jwt.getExpiresAt() == null) {
                return failure("The token must carry exp");
            }
            boolean tooLong = jwt.getExpiresAt().isAfter(Instant.now().plus(max).plus(CLOCK_SKEW))
                    || jwt.getIssuedAt() != null && Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()).compareTo(max) > 0;
            return tooLong ? failure("The token lives longer than " + max.toMinutes() + " minutes")
                    : OAuth2TokenValidatorResult.success();
        };
    }

    private static OAuth2TokenValidator<Jwt> idNumber() {
        return jwt -> jwt.hasClaim(VneidUser.ID_NUMBER)
                ? OAuth2TokenValidatorResult.success()
                : failure("The token names no SoDinhDanh");
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
