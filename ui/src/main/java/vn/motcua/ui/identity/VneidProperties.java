package vn.motcua.ui.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The VNeID provider MotCua logs in with: {@code MOTCUA_VNEID_ISSUER}, {@code MOTCUA_VNEID_CLIENT_ID},
 * {@code MOTCUA_VNEID_CLIENT_SECRET}. Without an issuer the built-in sandbox is used (not in prod).
 */
@ConfigurationProperties("motcua.vneid")
public record VneidProperties(String issuer, String clientId, String clientSecret, List<String> scopes) {

    public VneidProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
    }

    public boolean external() {
        return issuer != null && !issuer.isBlank();
    }
}
