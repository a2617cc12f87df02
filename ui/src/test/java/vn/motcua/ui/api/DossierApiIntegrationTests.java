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
        String body = "{\"procedureCode\": \"1.004194\", \"formData\": " + vn.motcua.testsupport.FilledForms.temporaryResidenceJson() + "}";
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
        // one language per answer: Vietnamese unless the client asks for English
        assertThat(json(bad).get("errors").get("procedureCode").asText()).isEqualTo("Không có thủ tục 9.999999");
        var notJson = call("POST", "/api/v1/dossiers", an, "y", "{\"procedureCode\": \"1.004194\", \"formData\": {");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("errors").get("body").asText()).contains("không phải JSON hợp lệ");
        var english = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + an)
                .header("Accept-Language", "en-GB,en;q=0.8").header("Idempotency-Key", "x")
                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\": \"9.999999\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(english).get("errors").get("procedureCode").asText()).isEqualTo("no such procedure: 9.999999");
        assertThat(call("GET", "/api/v1/dossiers?mine=true", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/dossiers?mine=true", an + "x", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> upload(String token, String fileName, byte[] content) throws Exception {
        String boundary = "motcua-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(content);
        body.write(tail);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attachments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCitizensAppUploadsTheBirthCertificateAndFilesWithIt() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var uploaded = upload(an, "Giấy chứng sinh.pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = json(uploaded).get("id").asText();
        assertThat(json(uploaded).get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(json(uploaded).get("fileName").asText()).isEqualTo("Giay_chung_sinh.pdf");

        var notAllowed = upload(an, "anh.pdf", "MZ this is a program".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(notAllowed.statusCode()).isEqualTo(400);
        assertThat(json(notAllowed).get("errors").has("file")).isTrue();
        assertThat(upload(null, "a.pdf", pdf).statusCode()).isEqualTo(401);

        String form = "{\"procedureCode\": \"1.001193\", \"formData\": {\"tenTre\": \"Nguyễn Minh Khôi\", \"gioiTinh\": \"MALE\","
                + " \"ngaySinh\": \"" + java.time.LocalDate.now().minusDays(2) + "\", \"noiSinh\": \"Bệnh viện Phụ sản\","
                + " \"danToc\": \"Kinh\", \"quocTich\": \"Việt Nam\", \"soDinhDanhCha\": \"001092100001\","
                + " \"soDinhDanhMe\": \"001194100002\", \"coGiayChungSinh\": \"yes\", \"giayChungSinh\": [\"" + id + "\"],"
                + " \"soDienThoai\": \"0912345678\"}, \"attachmentIds\": [\"" + id + "\"]}";
        // Bình cannot file with An's upload; An can
        var foreign = call("POST", "/api/v1/dossiers", binh, "api-upload-" + UUID.randomUUID(), form);
        assertThat(foreign.statusCode()).isEqualTo(400);
        var filed = call("POST", "/api/v1/dossiers", an, "api-upload-" + UUID.randomUUID(), form);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(json(filed).get("procedureCode").asText()).isEqualTo("1.001193");
    }
}
