package vn.motcua.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import vn.motcua.vneid.SandboxClient;

/**
 * The portal accepts only ID tokens its provider issued for it, now, for this login: tokens with
 * a wrong issuer, a wrong audience, an expiry in the past, a signature by another key or the
 * nonce of an earlier login are rejected. The provider here is a minimal OpenID provider served
 * by the test (discovery + JWKS); the portal's own client registration is resolved from it.
 */
class VneidTokenValidationTests {

    private static final String CLIENT_ID = "motcua-portal";
    private static HttpServer provider;
    private static String issuer;
    private static RSAKey key;
    private static ClientRegistration registration;

    @BeforeAll
    static void startProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("vneid-test").generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/vneid";
        serve("/vneid/.well-known/openid-configuration", "{\"issuer\":\"" + issuer + "\","
                + "\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\","
                + "\"jwks_uri\":\"" + issuer + "/jwks\",\"userinfo_endpoint\":\"" + issuer + "/userinfo\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"response_types_supported\":[\"code\"]}");
        serve("/vneid/jwks", new JWKSet(key.toPublicJWK()).toString());
        provider.start();
        VneidProperties properties = new VneidProperties(issuer, CLIENT_ID, "secret", null, null, null);
        var none = new StaticListableBeanFactory().getBeanProvider(SandboxClient.class);
        registration = new VneidClientRegistrations(properties, none, vn.motcua.engine.PublicUrl.of("http://localhost:8080")).findByRegistrationId("vneid");
    }

    private static void serve(String path, String json) {
        provider.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
    }

    private static JwtDecoder decoder() {
        return new OidcIdTokenDecoderFactory().createDecoder(registration);
    }

    private static String idToken(RSAKey signer, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("001092100001")
                .audience(CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("SoDinhDanh", "001092100001").claim("HoVaTen", "Nguyễn Văn An")
                .claim("NgayThangNamSinh", "19920312").claim("LoaiTaiKhoan", "2");
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("vneid-test")
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    @Test
    void theRegistrationIsReadFromTheProvidersDiscoveryDocument() {
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(issuer);
        assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo(issuer + "/jwks");
        assertThat(registration.getScopes()).containsExactly("openid", "profile");
        assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName())
                .isEqualTo("SoDinhDanh");
    }

    @Test
    void aTokenIssuedForThePortalNowIsAccepted() throws Exception {
        var jwt = decoder().decode(idToken(key, c -> { }));
        assertThat(jwt.getClaimAsString("SoDinhDanh")).isEqualTo("001092100001");
        assertThat(VneidUser.levelOf(jwt.getClaimAsString("LoaiTaiKhoan"), null)).isEqualTo(2);
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        assertThatThrownBy(() -> decoder().decode(idToken(key, c -> c.issuer("https://gia-mao.example/vneid"))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("iss");
    }

    @Test
    void aTokenForAnotherClientIsRejected() {
        assertThatThrownBy(() -> decoder().decode(idToken(key, c -> c.audience("another-portal"))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
    }

    @Test
    void anExpiredTokenIsRejected() {
        Instant past = Instant.now().minusSeconds(3600);
        assertThatThrownBy(() -> decoder().decode(idToken(key, c -> c.issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past)))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("exp");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("vneid-test").generate();
        String forged = idToken(forger, c -> { });
        assertThatThrownBy(() -> decoder().decode(forged)).isInstanceOf(JwtException.class)
                .isNotInstanceOf(JwtValidationException.class);
    }

    @Test
    void anIdTokenReplayedFromAnEarlierLoginIsRejectedByItsNonce() throws Exception {
        String earlierNonceHash = hash("nonce-of-an-earlier-login");
        String replayed = idToken(key, c -> c.claim("nonce", earlierNonceHash));
        var login = new OidcAuthorizationCodeAuthenticationProvider(
                request -> OAuth2AccessTokenResponse.withToken("access").tokenType(OAuth2AccessToken.TokenType.BEARER)
                        .expiresIn(300).scopes(java.util.Set.of("openid", "profile"))
                        .additionalParameters(Map.of(OidcParameterNames.ID_TOKEN, replayed)).build(),
                new OidcUserService());
        login.setJwtDecoderFactory(new OidcIdTokenDecoderFactory());

        String thisNonceHash = hash("nonce-of-this-login");
        OAuth2AuthorizationRequest thisLogin = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(issuer + "/authorize").clientId(CLIENT_ID).redirectUri("http://localhost/login/oauth2/code/vneid")
                .scopes(java.util.Set.of("openid", "profile")).state("state-1")
                .attributes(a -> a.put(OidcParameterNames.NONCE, "nonce-of-this-login"))
                .additionalParameters(p -> p.put(OidcParameterNames.NONCE, thisNonceHash)).build();
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("code-1").state("state-1")
                .redirectUri("http://localhost/login/oauth2/code/vneid").build();

        assertThatThrownBy(() -> login.authenticate(new OAuth2LoginAuthenticationToken(registration,
                new OAuth2AuthorizationExchange(thisLogin, response))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("nonce");
    }

    private static String hash(String nonce) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
