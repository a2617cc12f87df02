package vn.motcua.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** Authorizations are found by each of their tokens, and forgotten after a while and beyond a bound. */
class SandboxAuthorizationsTests {

    private final AtomicLong nanos = new AtomicLong();
    private final RegisteredClient client = RegisteredClient.withId("portal").clientId("motcua-portal")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("http://localhost/login").build();

    private OAuth2Authorization login(String n) {
        Instant now = Instant.now();
        return OAuth2Authorization.withRegisteredClient(client).id("auth-" + n).principalName("0010921000" + n)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, "state-" + n)
                .token(new OAuth2AuthorizationCode("code-" + n, now, now.plusSeconds(300)))
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-" + n, now, now.plusSeconds(300)))
                .refreshToken(new OAuth2RefreshToken("refresh-" + n, now, now.plusSeconds(3600)))
                .build();
    }

    @Test
    void findsAnAuthorizationByIdStateCodeAndTokensAndNotByAnothersToken() {
        SandboxAuthorizations store = new SandboxAuthorizations(Duration.ofHours(2), 100, nanos::get);
        OAuth2Authorization first = login("01");
        OAuth2Authorization second = login("02");
        store.save(first);
        store.save(second);
        assertThat(store.findById("auth-01")).isSameAs(first);
        assertThat(store.findByToken("state-02", new OAuth2TokenType(OAuth2ParameterNames.STATE))).isSameAs(second);
        assertThat(store.findByToken("code-01", new OAuth2TokenType(OAuth2ParameterNames.CODE))).isSameAs(first);
        assertThat(store.findByToken("access-02", OAuth2TokenType.ACCESS_TOKEN)).isSameAs(second);
        assertThat(store.findByToken("refresh-01", OAuth2TokenType.REFRESH_TOKEN)).isSameAs(first);
        assertThat(store.findByToken("refresh-01", null)).isSameAs(first);
        assertThat(store.findByToken("access-01", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        store.remove(first);
        assertThat(store.findById("auth-01")).isNull();
        assertThat(store.findByToken("code-01", null)).isNull();
    }

    @Test
    void anAuthorizationIsForgottenTwoHoursAfterItWasLastSavedAndTheStoreStaysBounded() {
        SandboxAuthorizations store = new SandboxAuthorizations(Duration.ofHours(2), 100, nanos::get);
        store.save(login("01"));
        nanos.addAndGet(Duration.ofMinutes(90).toNanos());
        store.save(store.findById("auth-01")); // a token refresh saves it again
        nanos.addAndGet(Duration.ofMinutes(90).toNanos());
        assertThat(store.findById("auth-01")).as("saved 90 minutes ago").isNotNull();
        nanos.addAndGet(Duration.ofMinutes(31).toNanos());
        assertThat(store.findById("auth-01")).isNull();

        for (int i = 0; i < 500; i++) {
            store.save(login(String.format("%03d", i)));
        }
        assertThat(store.size()).isLessThanOrEqualTo(100);
    }
}
