package vn.motcua.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.ui.Http;
import vn.motcua.ui.PortalTest;

/** The open-data API: public, cacheable, JSON or CSV with the same numbers, and clear 400s for bad queries. */
@PortalTest
class StatisticsApiIntegrationTests {

    @LocalServerPort
    int port;

    private JsonNode json(String path, int expectedStatus) throws Exception {
        var response = Http.get(port, path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void theFiguresArePublicCacheableAndTheCsvHoldsTheSameNumbers() throws Exception {
        var response = Http.get(port, "/api/v1/statistics/catalogue", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=60"));
        JsonNode catalogue = new ObjectMapper().readTree(response.body());
        JsonNode all = catalogue.get(catalogue.size() - 1);
        assertThat(all.get("procedures").asLong()).isEqualTo(1084);
        assertThat(all.get("fullyOnline").asLong() + all.get("partlyOnline").asLong() + all.get("notOnline").asLong())
                .isEqualTo(1084);

        var csv = Http.get(port, "/api/v1/statistics/catalogue?format=csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv.body()).readAll();
        assertThat(rows).hasSize(catalogue.size());
        assertThat(rows.get(rows.size() - 1)).containsEntry("procedures", "1084")
                .containsEntry("fullyOnline", all.get("fullyOnline").asText());

        JsonNode totals = json("/api/v1/statistics/totals?from=2026-01-01&to=2026-12-31&province=01", 200);
        assertThat(totals.get("received").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(json("/api/v1/statistics/service-index", 200).get("indicators").size()).isEqualTo(6);
        assertThat(json("/api/v1/statistics/ranking?province=01", 200).isArray()).isTrue();
        assertThat(json("/api/v1/statistics/index-trend?unit=ca-xa-00004", 200).isArray()).isTrue();
        var trendCsv = Http.get(port, "/api/v1/statistics/index-trend?format=csv&from=2020-06-01&to=2020-07-31", null);
        assertThat(trendCsv.statusCode()).isEqualTo(200);
        assertThat(trendCsv.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60");
        // a period without dossiers: an empty table, still with its header (not a 500)
        assertThat(trendCsv.body().strip()).isEqualTo("month,received,onTimeShare,onlineShare,paidOnlineShare,averageRating,points,measurablePoints");
    }

    @Test
    void badQueriesGetA400NamingEachField() throws Exception {
        JsonNode problem = json("/api/v1/statistics/totals?from=today&to=2026-13-40", 400);
        assertThat(problem.get("errors").fieldNames()).toIterable().containsExactlyInAnyOrder("from", "to");
        problem = json("/api/v1/statistics/totals?from=2026-05-01&to=2026-04-01&province=99&unit=no-such-unit&procedure=x", 400);
        assertThat(problem.get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("to", "province", "unit", "procedure");
        problem = json("/api/v1/statistics/procedures?limit=100000", 400);
        assertThat(problem.get("errors").has("limit")).isTrue();
        problem = json("/api/v1/statistics/months?sector=Kh%C3%B4ng+c%C3%B3", 400);
        assertThat(problem.get("errors").has("sector")).isTrue();
        problem = json("/api/v1/statistics/index-trend?province=99", 400);
        assertThat(problem.get("errors").has("province")).isTrue();
        problem = json("/api/v1/statistics/months?format=xml", 400);
        assertThat(problem.get("errors").has("format")).isTrue();
        problem = json("/api/v1/statistics/months?from=1900-01-01&to=2026-01-01", 400);
        assertThat(problem.get("errors").has("from")).isTrue();
    }
}
