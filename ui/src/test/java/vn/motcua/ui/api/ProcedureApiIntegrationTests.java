package vn.motcua.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.ui.Http;
import vn.motcua.ui.PortalTest;

@PortalTest
class ProcedureApiIntegrationTests {

    @LocalServerPort
    int port;

    private JsonNode json(String path, int expectedStatus) throws Exception {
        var response = Http.get(port, path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void searchIsPublicDiacriticInsensitiveAndPaged() throws Exception {
        JsonNode page = json("/api/v1/procedures?q=" + URLEncoder.encode("dang ky khai sinh", StandardCharsets.UTF_8)
                + "&size=5", 200);
        assertThat(page.get("items").get(0).get("code").asText()).isEqualTo("1.001193");
        assertThat(page.get("items").size()).isLessThanOrEqualTo(5);
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(json("/api/v1/procedures", 200).get("total").asInt()).isEqualTo(1084);
    }

    @Test
    void filtersByLevelAndSector() throws Exception {
        JsonNode page = json("/api/v1/procedures?level=commune&sector="
                + URLEncoder.encode("Hộ tịch", StandardCharsets.UTF_8) + "&size=100", 200);
        assertThat(page.get("total").asInt()).isPositive();
        page.get("items").forEach(item -> {
            assertThat(item.get("sector").asText()).isEqualTo("Hộ tịch");
            assertThat(item.get("levels").toString()).contains("COMMUNE");
        });
    }

    @Test
    void oneProcedureWithItsChannelsDocumentsAndResults() throws Exception {
        JsonNode entry = json("/api/v1/procedures/1.004222", 200);
        assertThat(entry.get("title").asText()).isEqualTo("Đăng ký thường trú");
        assertThat(entry.get("channels").get(0).get("kind").asText()).isEqualTo("ONLINE");
        assertThat(entry.get("channels").get(0).get("feeVnd").asLong()).isEqualTo(10_000);
        assertThat(entry.get("documents").size()).isPositive();
        assertThat(entry.get("legalBasis").size()).isPositive();
    }

    @Test
    void badParametersGetFieldLevelErrorsAndUnknownCodesA404() throws Exception {
        JsonNode problem = json("/api/v1/procedures?level=district&page=-1&size=1000&paid=maybe", 400);
        assertThat(problem.get("errors").get("level").asText()).isEqualTo("must be one of [MINISTRY, PROVINCE, COMMUNE, OTHER]");
        assertThat(problem.get("errors").get("page").asText()).isEqualTo("must be a whole number from 0 to 10000");
        assertThat(problem.get("errors").get("size").asText()).isEqualTo("must be a whole number from 1 to 100");
        assertThat(problem.get("errors").get("paid").asText()).isEqualTo("must be true or false");
        assertThat(json("/api/v1/procedures/9.999999", 404).get("detail").asText())
                .isEqualTo("No procedure with code 9.999999");
    }

    @Test
    void theLiveModelAndItsVersionsAreOpenData() throws Exception {
        var model = Http.get(port, "/api/v1/procedures/1.004222/model", null);
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(model.body()).contains("id=\"tthc_1_004222\"").contains("bpmndi:BPMNDiagram");
        int version = Integer.parseInt(model.headers().firstValue("X-Model-Version").orElseThrow());
        JsonNode versions = json("/api/v1/procedures/1.004222/model/versions", 200);
        assertThat(versions.get(versions.size() - 1).get("version").asInt()).isEqualTo(version);
        assertThat(versions.get(0).get("origin").asText()).isEqualTo("FLAGSHIP");
        assertThat(versions.toString()).doesNotContain("authorName").doesNotContain("approver");
        assertThat(json("/api/v1/procedures/9.999999/model", 404).get("detail").asText()).contains("9.999999");
        assertThat(json("/api/v1/procedures/9.999999/model/versions", 404).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        JsonNode openApi = json("/v3/api-docs", 200);
        assertThat(openApi.get("paths").has("/api/v1/procedures")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/procedures/{code}")).isTrue();
    }
}
