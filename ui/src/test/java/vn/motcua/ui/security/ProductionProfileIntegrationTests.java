package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.engine.registry.DemoRegistry;

/**
 * The {@code prod} profile as an operator configures it: no demo data of any kind, no sandbox, the
 * first administrator from configuration, the engine's REST API, metrics and API description closed,
 * Secure cookies and HSTS because the public URL is https.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=prod",
        "motcua.data-dir=target/test-data/prod-${random.uuid}",
        "motcua.public-url=https://dichvucong.example.gov.vn",
        "motcua.vneid.issuer=https://vneid.example.gov.vn/oidc",
        "motcua.vneid.client-id=motcua-portal",
        "motcua.vneid.client-secret=prod-test-client-secret",
        "motcua.admin.password=prod-test-admin-secret",
        "motcua.admin.bootstrap-id-number=" + ProductionProfileIntegrationTests.BOOTSTRAP_ADMIN,
        "motcua.payment.gateway-url=https://gateway.example.vn/pay",
        "motcua.payment.hmac-secret=prod-test-hmac-secret-0123456789"})
class ProductionProfileIntegrationTests {

    static final String BOOTSTRAP_ADMIN = "079090123456";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    /** The agencies' keystore an operator provides (prod generates no development PKI). */
    @DynamicPropertySource
    static void signingKeystore(DynamicPropertyRegistry registry) throws Exception {
        // under target (as the test's data directory), not /tmp: a clean removes it
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/test-data")), "prod-pki");
        Path keystore = dir.resolve("agencies.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "motcua-root-ca", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "prod-test-store", "-keypass", "prod-test-store",
                "-dname", "CN=MotCua Test Root CA, C=VN", "-validity", "30", "-ext", "bc:c").inheritIO().start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        registry.add("motcua.signing.keystore", keystore::toString);
        registry.add("motcua.signing.keystore-password", () -> "prod-test-store");
    }

    @Test
    void noDemoPersonStaffMemberOrAccountExists() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resident", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vneid_sandbox_account", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT id_number FROM staff_member", String.class)).containsExactly(BOOTSTRAP_ADMIN);
        assertThat(jdbc.queryForList("SELECT role FROM staff_role WHERE id_number = ?", String.class, BOOTSTRAP_ADMIN))
                .containsExactly("ADMIN");
        for (DemoRegistry.DemoStaff demo : DemoRegistry.STAFF) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_member WHERE id_number = ?", Long.class,
                    demo.idNumber())).isZero();
        }
        assertThat(context.getBeanNamesForType(vn.motcua.vneid.SandboxClient.class)).isEmpty();
    }

    @Test
    void noSandboxPathAnswers() throws Exception {
        for (String path : List.of("/vneid-sandbox/.well-known/openid-configuration", "/vneid-sandbox/oauth2/jwks",
                "/vneid-sandbox/dang-nhap", "/payment-sandbox/thanh-toan?ref=x")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("jwks_uri").doesNotContain("\"keys\"")
                    .doesNotContainIgnoringCase("sandbox");
            response.headers().firstValue("Location").ifPresent(location ->
                    assertThat(location).as(path).doesNotContain("sandbox"));
        }
    }

    @Test
    void operatorSurfacesAreClosedUnlessChosen() throws Exception {
        assertThat(get("/engine-rest/engine").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/prometheus").statusCode()).isIn(401, 403, 404);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void anHttpsPublicUrlMeansSecureCookiesAndHsts() throws Exception {
        HttpResponse<String> response = get("/ho-so");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000"));
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure").contains("SameSite=Lax"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
