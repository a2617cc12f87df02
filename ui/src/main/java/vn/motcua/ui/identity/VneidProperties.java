package vn.motcua.ui.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The VNeID provider MotCua logs in with: {@code MOTCUA_VNEID_ISSUER}, {@code MOTCUA_VNEID_CLIENT_ID},
 * {@code MOTCUA_VNEID_CLIENT_SECRET}. Without an issuer the built-in sandbox is used (not in prod).
 * Bearer tokens of the API must be access tokens: JOSE {@code typ} {@code accessTokenType}
 * (RFC 9068 {@code at+jwt}), with {@code exp} and {@code iat} no further apart than
 * {@code maxAccessTokenLifetime} (15 minutes).
 */
@ConfigurationProperties("motcua.vneid")
public record VneidProperties(String issuer, String clientId, String clientSecret, List<String> scopes,
                              String accessTokenType, Duration maxAccessTokenLifetime) {

    public VneidProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        accessTokenType = accessTokenType == null || accessTokenType.isBlank() ? "at+jwt" : accessTokenType;
        maxAccessTokenLifetime = maxAccessTokenLifetime == null ? Duration.ofMinutes(15) : maxAccessTokenLifetime;
    }

    public boolean external() {
        return issuer != null && !issuer.isBlank();
    }
}
