package vn.motcua.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssueRequest;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.ui.PortalTest;

/** The public document endpoints: verification by upload without login, originals only with the check code. */
@PortalTest
class DocumentApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;

    private HttpResponse<String> verify(byte[] pdf) throws Exception {
        String boundary = "motcua-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/documents/verify")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneCanVerifyAnIssuedDocumentByUploadingIt() throws Exception {
        IssuedDocument issued = documents.issue(new IssueRequest(DocumentType.DECISION, "ubnd-xa-00004-api-1", null,
                "ubnd-xa-00004", "1.001193", "Thủ tục đăng ký khai sinh", null, "001092100001", "Nguyễn Văn An",
                Map.of(), null));
        byte[] pdf = documents.contentWithProof(issued.id(), issued.checkCode()).orElseThrow();

        var valid = verify(pdf);
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        var answer = new ObjectMapper().readTree(valid.body());
        assertThat(answer.get("status").asText()).isEqualTo("VALID");
        assertThat(answer.get("dossierCode").asText()).isEqualTo("ubnd-xa-00004-api-1");
        assertThat(answer.get("applicantMasked").asText()).isEqualTo("Nguyễn V*** A***");
        assertThat(valid.body()).doesNotContain("001092100001");

        assertThat(new ObjectMapper().readTree(verify("not a pdf".getBytes(StandardCharsets.UTF_8)).body())
                .get("status").asText()).isEqualTo("UNKNOWN");
        var empty = verify(new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("file");
    }

    @Test
    void theOriginalIsServedOnlyWithItsCheckCode() throws Exception {
        IssuedDocument issued = documents.issue(new IssueRequest(DocumentType.RECEIPT, "ubnd-xa-00004-api-2", null,
                "ubnd-xa-00004", "1.001193", "Thủ tục đăng ký khai sinh", null, null, "Trần Thị Bình", Map.of(), null));
        var client = HttpClient.newHttpClient();
        var ok = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tai-lieu/" + issued.id()
                + "?h=" + issued.checkCode())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(ok.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var wrong = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tai-lieu/" + issued.id()
                + "?h=ffffffffffffffff")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(404);
    }
}
