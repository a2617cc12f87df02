package vn.motcua.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.ui.PortalTest;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * The dossier API with real VNeID access tokens from the sandbox: filing, idempotent retries,
 * reading one's own dossiers, field errors, and no existence leak to another citizen.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SandboxClient sandbox;

    private String an;
    private String binh;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void tokens() throws Exception {
        an = SandboxTokens.accessToken(port, sandbox, "001092100001", "246810", "123456");
        binh = SandboxTokens.accessToken(port, sandbox, "001194100002", "246810", "123456");
    }

    private HttpResponse<String> call(String method, String path, String token, String key, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void aCitizenFilesThroughTheApiAndARetryReturnsTheSameDossier() throws Exception {
        String key = "api-" + UUID.randomUUID();
        String body = "{\"procedureCode\": \"1.004194\", \"formData\": {\"soDienThoai\": \"0912345678\"}}";
        var created = call("POST", "/api/v1/dossiers", an, key, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = json(created).get("code").asText();
        assertThat(code).matches("ca-xa-00004-\\d{6}-\\d{4}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/dossiers/" + code);
        assertThat(json(created).get("state").asText()).isIn("IN_PROGRESS", "WAITING_FOR_CITIZEN");

        assertThat(json(call("POST", "/api/v1/dossiers", an, key, body)).get("code").asText()).isEqualTo(code);
        assertThat(json(call("GET", "/api/v1/dossiers/" + code, an, null, null)).get("procedureCode").asText())
                .isEqualTo("1.004194");
        assertThat(call("GET", "/api/v1/dossiers?mine=true", an, null, null).body()).contains(code);
        // another citizen learns nothing, not even that the code exists
        var other = call("GET", "/api/v1/dossiers/" + code, binh, null, null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/dossiers?mine=true", binh, null, null).body()).doesNotContain(code);
    }

    @Test
    void badInputGetsFieldErrorsAndNoTokenNoAccess() throws Exception {
        var bad = call("POST", "/api/v1/dossiers", an, "x", "{\"procedureCode\": \"9.999999\", \"channel\": \"FAX\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("procedureCode", "channel", "idempotencyKey");
        assertThat(call("GET", "/api/v1/dossiers?mine=true", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/dossiers?mine=true", an + "x", null, null).statusCode()).isEqualTo(401);
    }
}
