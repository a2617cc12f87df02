package vn.motcua.engine.catalogue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.workflows.catalogue.CatalogueJson;
import vn.motcua.workflows.catalogue.Level;

/**
 * Load harness for catalogue search latency (not a test): builds the search index over the shipped
 * 1,084 procedures and times realistic queries, printing p50/p95/p99. Run with
 * {@code ./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.catalogue.CatalogueSearchBenchmark}.
 */
public final class CatalogueSearchBenchmark {

    private static final List<ProcedureQuery> QUERIES = List.of(
            ProcedureQuery.text("dang ky khai sinh"),
            ProcedureQuery.text("thuong tru"),
            ProcedureQuery.text("cấp giấy phép xây dựng"),
            ProcedureQuery.text("ho chieu"),
            ProcedureQuery.text("1.004222"),
            ProcedureQuery.text("thue gia tri gia tang hoan"),
            ProcedureQuery.text("d"),
            new ProcedureQuery("dang ky", null, Level.COMMUNE, null, null, false, 0, 20),
            new ProcedureQuery("", null, null, null, null, null, 3, 50));

    private CatalogueSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] json = CatalogueLoader.gunzip(new ClassPathResource(CatalogueLoader.CATALOGUE_RESOURCE).getContentAsByteArray());
        List<ProcedureSummary> summaries = CatalogueJson.read(new ByteArrayInputStream(json)).stream()
                .map(CatalogueLoader::summary).toList();
        ProcedureIndex index = new ProcedureIndex(summaries);
        int warmup = 20_000;
        int measured = 50_000;
        for (int i = 0; i < warmup; i++) {
            index.search(QUERIES.get(i % QUERIES.size()));
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            index.search(QUERIES.get(i % QUERIES.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("catalogue search over %d procedures, %d queries after %d warm-up:%n",
                index.size(), measured, warmup);
        System.out.printf("p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms%n",
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[measured - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }
}
