package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.ui.Http;
import vn.motcua.ui.PortalTest;

/**
 * The critical finding of the security review: the VNeID issuer (and so the keys that sign trusted
 * tokens) followed the request's {@code Host} header. An attacker running their own provider, with
 * a forged {@code Host} and a token signed by their own key, must get 401, and MotCua must never
 * call the attacker's server on behalf of the request.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedHostIntegrationTests {

    private static final String VICTIM = "001092100001";

    @LocalServerPort
    int port;

    private HttpServer attacker;
    private String attackerHost;
    private final AtomicInteger callsToAttacker = new AtomicInteger();
    private RSAKey attackerKey;

    @BeforeAll
    void attackerProvider() throws Exception {
        attackerKey = new RSAKeyGenerator(2048).keyID("attacker").generate();
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attackerHost = "127.0.0.1:" + attacker.getAddress().getPort();
        String issuer = "http://" + attackerHost + "/vneid-sandbox";
        attacker.createContext("/", exchange -> {
            callsToAttacker.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/jwks") ? new JWKSet(attackerKey.toPublicJWK()).toString()
                    : "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/oauth2/authorize\","
                    + "\"token_endpoint\":\"" + issuer + "/oauth2/token\",\"jwks_uri\":\"" + issuer + "/oauth2/jwks\","
                    + "\"userinfo_endpoint\":\"" + issuer + "/userinfo\",\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        attacker.start();
    }

    @AfterAll
    void stopAttacker() {
        attacker.stop(0);
    }

    private String forgedToken() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://" + attackerHost + "/vneid-sandbox")
                .audience("motcua-portal").subject(VICTIM).claim("SoDinhDanh", VICTIM).claim("LoaiTaiKhoan", "2")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new RSASSASigner(attackerKey));
        return jwt.serialize();
    }

    @Test
    void aForgedHostWithASelfSignedTokenCannotReadTheVictimsDossiers() throws Exception {
        String response = Http.raw(port, "GET /api/v1/dossiers?mine=true HTTP/1.1\r\nHost: " + attackerHost
                + "\r\nAuthorization: Bearer " + forgedToken() + "\r\nConnection: close\r\n\r\n");
        assertThat(Http.status(response)).as(response).isEqualTo(401);
        assertThat(callsToAttacker).hasValue(0);
    }

    @Test
    void aForgedHostWithASelfSignedTokenCannotFileInTheVictimsName() throws Exception {
        String body = "{\"procedureCode\":\"1.004194\",\"formData\":" + vn.motcua.testsupport.FilledForms.temporaryResidenceJson() + "}";
        String response = Http.raw(port, "POST /api/v1/dossiers HTTP/1.1\r\nHost: " + attackerHost
                + "\r\nAuthorization: Bearer " + forgedToken() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(Http.status(response)).as(response).isEqualTo(401);
        assertThat(callsToAttacker).hasValue(0);
    }

    @Test
    void theLoginGoesToTheConfiguredProviderWhateverHostTheRequestNames() throws Exception {
        String response = Http.raw(port, "GET /oauth2/authorization/vneid HTTP/1.1\r\nHost: " + attackerHost
                + "\r\nConnection: close\r\n\r\n");
        assertThat(Http.status(response)).as(response).isEqualTo(302);
        assertThat(response).contains("Location: http://localhost:" + port + "/vneid-sandbox/oauth2/authorize?")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/vneid")
                .doesNotContain(attackerHost);
        String evil = Http.raw(port, "GET /oauth2/authorization/vneid HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(Http.status(evil)).as(evil).isEqualTo(302);
        assertThat(callsToAttacker).hasValue(0);
    }

    @Test
    void theSandboxIssuerIsFixedAtStart() throws Exception {
        String response = Http.raw(port, "GET /vneid-sandbox/.well-known/openid-configuration HTTP/1.1\r\nHost: "
                + attackerHost + "\r\nConnection: close\r\n\r\n");
        assertThat(Http.status(response)).as(response).isEqualTo(200);
        assertThat(response).contains("\"issuer\":\"http://localhost:" + port + "/vneid-sandbox\"").doesNotContain(attackerHost);
    }
}
