package vn.motcua.engine.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.engine.EngineTestApplication;

/**
 * The public statistics at volume (a harness, not a test): generates {@code dossiers} of history
 * (default 1,000,000) with {@link DemoHistory}, through the same rules the live system uses,
 * printing how long that took, then times the page's queries and the leader dashboard's
 * (p50/p95/p99). Run (a fresh embedded MariaDB; {@code -DbufferPool} its page cache, default 1G):
 * {@code ./mvnw -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.statistics.StatisticsBenchmark -Dexec.args="1000000"}
 */
public final class StatisticsBenchmark {

    private static final int QUERIES = 200;

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EngineTestApplication.class)
                .properties("motcua.data-dir=target/statistics-benchmark/" + UUID.randomUUID(),
                        "camunda.bpm.job-execution.enabled=false", "motcua.admin.password=benchmark-only-secret",
                        "motcua.db.embedded.buffer-pool-size=" + System.getProperty("bufferPool", "1G"),
                        "logging.level.root=WARN")
                .run()) {
            DemoHistory history = context.getBean(DemoHistory.class);
            long millis = history.generate(dossiers);
            System.out.printf("generated %,d dossiers of history in %.1f s (%.0f dossiers/s)%n", dossiers, millis / 1e3,
                    dossiers / (millis / 1e3));
            Statistics statistics = context.getBean(Statistics.class);
            LocalDate today = LocalDate.now();
            StatisticsQuery year = StatisticsQuery.lastYear(today);
            StatisticsQuery province = new StatisticsQuery(year.from(), year.to(), "01", null, null);
            StatisticsQuery unit = new StatisticsQuery(year.from(), year.to(), null, "ubnd-xa-00004", null);
            time("public page: totals, whole country, 12 months", () -> statistics.totals(year));
            time("public page: months by channel, whole country", () -> statistics.months(year));
            time("public page: procedures, whole country", () -> statistics.procedures(year, 20));
            time("public page: service index, one province", () -> statistics.serviceIndex(province));
            time("public page: ranking of provinces", () -> statistics.ranking(year));
            time("public page: ranking of the units of a province", () -> statistics.ranking(province));
            time("leader dashboard: unit totals + index", () -> {
                statistics.totals(unit);
                return statistics.serviceIndex(unit);
            });
        }
    }

    private static void time(String label, Supplier<?> query) {
        for (int i = 0; i < QUERIES / 10; i++) {
            query.get();
        }
        long[] nanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   (%d runs)%n", label,
                nanos[QUERIES / 2] / 1e6, nanos[(int) (QUERIES * 0.95)] / 1e6, nanos[(int) (QUERIES * 0.99)] / 1e6, QUERIES);
    }
}
