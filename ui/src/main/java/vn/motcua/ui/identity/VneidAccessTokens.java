package vn.motcua.ui.identity;

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
 * provider (and its keys) are those of the login registration; a token must carry that issuer, be
 * meant for this client, be current, and name a personal ID number.
 */
final class VneidAccessTokens implements JwtDecoder {

    private final ClientRegistrationRepository registrations;
    private final Map<String, JwtDecoder> byIssuer = new ConcurrentHashMap<>();

    VneidAccessTokens(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        ClientRegistration vneid = registrations.findByRegistrationId(VneidClientRegistrations.REGISTRATION_ID);
        String issuer = vneid.getProviderDetails().getIssuerUri();
        return byIssuer.computeIfAbsent(issuer, i -> decoder(vneid)).decode(token);
    }

    private static JwtDecoder decoder(ClientRegistration vneid) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(vneid.getProviderDetails().getJwkSetUri()).build();
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(vneid.getClientId())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for this portal", null));
        OAuth2TokenValidator<Jwt> idNumber = jwt -> jwt.hasClaim(VneidUser.ID_NUMBER)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token names no SoDinhDanh", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(vneid.getProviderDetails().getIssuerUri()), audience, idNumber));
        return decoder;
    }
}
