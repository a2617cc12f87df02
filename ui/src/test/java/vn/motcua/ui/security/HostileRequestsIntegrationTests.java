package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.payment.PaymentSignature;
import vn.motcua.ui.Http;
import vn.motcua.ui.PortalTest;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * Malformed input never gets a 5xx: a refusal is a 4xx with problem details, and nothing changes: a generated corpus of more
 * than 2,000 requests across every REST endpoint and content type; attachment ids that are not the
 * caller's; and the per-client rate limit of the public endpoints.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIntegrationTests {

    private static final String CITIZEN = "001092100001";
    private static final String OTHER_CITIZEN = "001194100002";

    @LocalServerPort
    int port;
    @Autowired
    SandboxClient sandbox;
    @Autowired
    PaymentSignature gatewaySignature;
    @Autowired
    AttachmentService attachments;
    @Autowired
    DataSource dataSource;

    private String token;

    @BeforeAll
    void login() throws Exception {
        token = SandboxTokens.accessToken(port, sandbox, CITIZEN, "246810", "123456");
    }

    private Map<String, Long> counts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return Map.of("dossier", jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class),
                "attachment", jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Long.class),
                "paid payments", jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE state <> 'PENDING'", Long.class),
                "process instances", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class));
    }

    @Test
    void noMalformedRequestGetsA5xxAndNoneChangesAnything() throws Exception {
        List<MalformedRequestCorpus.Case> corpus = new MalformedRequestCorpus(token,
                (timestamp, body) -> gatewaySignature.sign(PaymentSignature.callbackMessage(timestamp, body))).generate();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(2_000);
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            MalformedRequestCorpus.Case c = corpus.get(i);
            // a client address per 10 requests: the corpus tests input handling, not the rate limits
            String response = Http.raw(port, c.request(), "127.0." + (1 + i / 2_500) + "." + (2 + (i / 10) % 250));
            int status = Http.status(response);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase();
            boolean problem = head.contains("content-type: application/problem+json");
            boolean bareAuthChallenge = (status == 401 || status == 403) && !head.contains("content-type: text/html");
            // some of the corpus is odd but acceptable (a search for "%00" finds nothing): 2xx is fine
            // as long as nothing changes (checked below); a refusal must explain itself
            boolean ok = status < 400 || status < 500 && (problem || bareAuthChallenge)
                    || status == 400 && rejectedByTheContainer(c.description());
            if (!ok) {
                failures.add("#" + i + " " + c.description() + " → " + response.lines().findFirst().orElse("")
                        + (problem ? "" : " (no problem details)"));
            }
        }
        assertThat(failures).as("%d of %d cases", failures.size(), corpus.size()).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * Tomcat refuses a request whose path holds an encoded NUL or slash, an invalid escape or bytes
     * that are not UTF-8 with a bare 400 before any application code runs (and so before anything
     * could write problem details): the right answer, from the right layer.
     */
    private static boolean rejectedByTheContainer(String description) {
        String path = description.split(" ")[1].split("\\?")[0];
        return path.matches(".*%(00|ZZ|FF|2F|5C).*");
    }

    @Test
    void attachmentIdsMustBeTheCallersOwnUploads() throws Exception {
        String foreign = attachments.store(OTHER_CITIZEN, "cua-nguoi-khac.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).id();
        Map<String, Long> before = counts();
        for (String ids : List.of("[\"" + foreign + "\"]", "[\"" + UUID.randomUUID() + "\"]", "[\"../../data/secrets/x\"]",
                "[null]", "[42]")) {
            String body = "{\"procedureCode\":\"1.004194\",\"formData\":" + vn.motcua.testsupport.FilledForms.temporaryResidenceJson()
                    + ",\"attachmentIds\":" + ids + "}";
            String response = Http.raw(port, ("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: attach-" + UUID.randomUUID()
                    + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8), "127.0.0.1");
            assertThat(Http.status(response)).as(ids).isEqualTo(400);
            assertThat(response).as(ids).contains("\"attachmentIds\"");
        }
        String fileInTextField = "{\"procedureCode\":\"1.004194\",\"formData\":{\"soDienThoai\":{\"a\":1}}}";
        String response = Http.raw(port, ("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: attach-" + UUID.randomUUID()
                + "\r\nContent-Length: " + fileInTextField.length() + "\r\nConnection: close\r\n\r\n" + fileInTextField)
                .getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        assertThat(Http.status(response)).isEqualTo(400);
        assertThat(response).contains("formData.soDienThoai");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void thePublicVerificationIsRateLimitedPerClient() throws Exception {
        String boundary = "zz";
        String body = "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 nothing\r\n--zz--\r\n";
        byte[] request = ("POST /api/v1/documents/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
                + boundary + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        int limit = RateLimitedSurface.VERIFICATION.defaultPerMinute;
        for (int i = 0; i < limit; i++) {
            assertThat(Http.status(Http.raw(port, request, "127.0.200.7"))).isEqualTo(200);
        }
        String refused = Http.raw(port, request, "127.0.200.7");
        assertThat(Http.status(refused)).isEqualTo(429);
        assertThat(refused).containsIgnoringCase("Retry-After: ").containsIgnoringCase("application/problem+json")
                .contains("Quá nhiều yêu cầu");
        String json = refused.substring(refused.indexOf("\r\n\r\n") + 4);
        assertThat(new ObjectMapper().readTree(json.substring(json.indexOf('{'))).path("status").asInt()).isEqualTo(429);
        // another client is not affected
        assertThat(Http.status(Http.raw(port, request, "127.0.200.8"))).isEqualTo(200);
    }
}
