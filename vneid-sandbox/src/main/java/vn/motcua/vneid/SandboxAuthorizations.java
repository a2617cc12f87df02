package vn.motcua.vneid;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The sandbox's authorizations (state, code, tokens) in memory, each forgotten {@code keep} after
 * it was last saved and never more than {@code max} of them. Spring Authorization Server's
 * in-memory default keeps every completed authorization for good — one per login, tens of
 * kilobytes each, searched one by one for every token lookup — so a demo portal's heap grew with
 * each login (docs/measurements.md, memory per citizen session). Nothing is lost by forgetting: a
 * saved authorization is re-saved on every token refresh, and kept well past its refresh token's
 * lifetime (one hour by default).
 */
final class SandboxAuthorizations implements OAuth2AuthorizationService {

    static final Duration KEEP = Duration.ofHours(2);
    static final long MAX = 10_000;

    private final Cache<String, OAuth2Authorization> byId;

    SandboxAuthorizations() {
        this(KEEP, MAX, Ticker.systemTicker());
    }

    SandboxAuthorizations(Duration keep, long max, Ticker ticker) {
        this.byId = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(max).ticker(ticker).build();
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        byId.put(authorization.getId(), authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        byId.invalidate(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return byId.getIfPresent(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        for (OAuth2Authorization authorization : byId.asMap().values()) {
            if (matches(authorization, token, tokenType)) {
                return authorization;
            }
        }
        return null;
    }

    private static boolean matches(OAuth2Authorization a, String token, OAuth2TokenType type) {
        if (type == null) {
            return Objects.equals(a.getAttribute(OAuth2ParameterNames.STATE), token)
                    || value(a.getToken(OAuth2AuthorizationCode.class), token)
                    || value(a.getAccessToken(), token) || value(a.getRefreshToken(), token)
                    || value(a.getToken(OidcIdToken.class), token);
        }
        return switch (type.getValue()) {
            case OAuth2ParameterNames.STATE -> Objects.equals(a.getAttribute(OAuth2ParameterNames.STATE), token);
            case OAuth2ParameterNames.CODE -> value(a.getToken(OAuth2AuthorizationCode.class), token);
            case OAuth2ParameterNames.ACCESS_TOKEN -> value(a.getAccessToken(), token);
            case OAuth2ParameterNames.REFRESH_TOKEN -> value(a.getRefreshToken(), token);
            case OidcParameterNames.ID_TOKEN -> value(a.getToken(OidcIdToken.class), token);
            default -> false;
        };
    }

    private static boolean value(OAuth2Authorization.Token<? extends OAuth2Token> held, String token) {
        return held != null && held.getToken().getTokenValue().equals(token);
    }

    long size() {
        byId.cleanUp();
        return byId.estimatedSize();
    }
}
