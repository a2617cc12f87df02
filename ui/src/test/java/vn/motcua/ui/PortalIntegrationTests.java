package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on a random port with its own embedded MariaDB. */
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.data-dir=target/test-data/${random.uuid}",
        "motcua.admin.password=ui-test-secret"})
class PortalIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void theEngineRestApiIsClosedToAnonymousCallersAndOpenToTheAdministrator() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);

        HttpResponse<String> admin = get("/engine-rest/engine", "admin:ui-test-secret");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"name\":\"default\"");

        // Last: after a wrong password Camunda delays the account's next login (brute-force guard).
        assertThat(get("/engine-rest/engine", "admin:wrong").statusCode()).isEqualTo(401);
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
    }

    @Test
    void prometheusMetricsArePublishedAndOtherActuatorEndpointsAreNot() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403, 404);
    }

    @Test
    void theHomePageAndCamundasLoginPageAreServed() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("window.Vaadin");

        HttpResponse<String> camunda = get("/camunda/app/welcome/default/", null);
        assertThat(camunda.statusCode()).isEqualTo(200);
        assertThat(camunda.body()).containsIgnoringCase("camunda");
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicCredentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
