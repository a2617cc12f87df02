package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalTest
class PortalIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theVendoredLibrariesAreServedGzippedAndCachedForAYear() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/vendor/camunda-bpmn-js/5.35.0/camunda-platform-modeler.production.min.js"))
                .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
        // 2.6 MB of script arrives as well under a megabyte
        org.assertj.core.api.Assertions.assertThat(response.body().length).isBetween(100_000, 1_000_000);
    }

    @Test
    void theEngineRestApiIsClosedToAnonymousCallersAndOpenToTheAdministrator() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);

        HttpResponse<String> admin = get("/engine-rest/engine", "admin:ui-test-secret");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"name\":\"default\"");

        assertThat(get("/engine-rest/engine", "admin:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousCallersCannotLockTheAdministratorOut() throws Exception {
        for (int i = 0; i < 12; i++) {
            assertThat(get("/engine-rest/engine", "admin:guess-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(get("/engine-rest/engine", "admin:ui-test-secret").statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/thu-tuc", "/api/v1/procedures?size=1", "/actuator/health", "/no-such-page",
                "/api/v1/dossiers"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p ->
                    assertThat(p).contains("camera=()"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            // served over plain http with an http public URL: no HSTS (it would pin a browser to https)
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = get("/ho-so", null);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void healthIsUpAndMadeOfTheDatabaseAndTheEngine() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");
        // the embedded server's own process, DOWN at once when it dies (DatabaseCrashTest)
        assertThat(health.path("components").path("mariadbd").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsArePublishedAndOtherActuatorEndpointsAreNot() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403, 404);
    }

    @Test
    void theHomePageIsServedAndCamundasApplicationsSendStrangersToTheVneidLogin() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("window.Vaadin");

        // Cockpit and friends are for ADMIN staff through the portal's login: no anonymous page of their own
        HttpResponse<String> camunda = get("/camunda/app/welcome/default/", null);
        assertThat(camunda.statusCode()).isEqualTo(302);
        assertThat(camunda.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(vn.motcua.ui.identity.VneidLoginConfiguration.LOGIN_PATH));
        // the engine administrator's password opens nothing there either
        assertThat(get("/camunda/app/cockpit/default/", "admin:ui-test-secret").statusCode())
                .isEqualTo(302);
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws IOException, InterruptedException {
        return Http.get(port, path, basicCredentials);
    }
}
