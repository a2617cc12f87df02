package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.engine.DataDirectory;
import vn.motcua.ui.PortalTest;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * Only access tokens open the dossier API. The sandbox's real tokens, and tokens signed with the
 * sandbox's own key (read from the data directory) that differ from a valid one in one respect:
 * typ, exp, lifetime.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenIntegrationTests {

    private static final String CITIZEN = "001194100002";

    @LocalServerPort
    int port;
    @Autowired
    SandboxClient sandbox;
    @Autowired
    DataDirectory data;

    private JsonNode tokens;
    private RSAKey sandboxKey;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void login() throws Exception {
        tokens = SandboxTokens.tokens(port, sandbox, CITIZEN, "246810", "123456");
        sandboxKey = JWKSet.parse(Files.readString(data.resolve("vneid-sandbox/signing-key.jwks"))).getKeys().get(0).toRSAKey();
    }

    private int status(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers?mine=true"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String signed(String type, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("http://localhost:" + port + "/vneid-sandbox")
                .audience(sandbox.clientId()).subject(CITIZEN).claim("SoDinhDanh", CITIZEN).claim("LoaiTaiKhoan", "2")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(sandboxKey.getKeyID())
                .type(type == null ? null : new JOSEObjectType(type)).build(), claims.build());
        jwt.sign(new RSASSASigner(sandboxKey));
        return jwt.serialize();
    }

    @Test
    void theSandboxsAccessTokenOpensTheApi() throws Exception {
        assertThat(status(tokens.get("access_token").asText())).isEqualTo(200);
        // the control for the crafted tokens below: one made like the sandbox's passes
        assertThat(status(signed("at+jwt", c -> { }))).isEqualTo(200);
    }

    @Test
    void anIdTokenIsNotAnAccessToken() throws Exception {
        assertThat(tokens.get("id_token").asText()).isNotBlank();
        assertThat(status(tokens.get("id_token").asText())).isEqualTo(401);
        assertThat(status(signed("JWT", c -> { }))).isEqualTo(401);
        assertThat(status(signed(null, c -> { }))).isEqualTo(401);
    }

    @Test
    void aRefreshTokenIsNotAnAccessToken() throws Exception {
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();
        assertThat(status(tokens.get("refresh_token").asText())).isEqualTo(401);
    }

    @Test
    void aTokenWithoutExpiryOrLivingLongIsRefused() throws Exception {
        assertThat(status(signed("at+jwt", c -> c.expirationTime(null)))).isEqualTo(401);
        assertThat(status(signed("at+jwt", c -> c.issueTime(null)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofDays(30))))))).isEqualTo(401);
        assertThat(status(signed("at+jwt", c -> c.expirationTime(Date.from(Instant.now().plus(Duration.ofDays(30)))))))
                .isEqualTo(401);
        assertThat(status(signed("at+jwt", c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))))))
                .isEqualTo(401);
    }

    @Test
    void aTokenForAnotherClientOrIssuerIsRefused() throws Exception {
        assertThat(status(signed("at+jwt", c -> c.audience("another-client")))).isEqualTo(401);
        assertThat(status(signed("at+jwt", c -> c.issuer("http://evil.example/vneid-sandbox")))).isEqualTo(401);
    }
}
