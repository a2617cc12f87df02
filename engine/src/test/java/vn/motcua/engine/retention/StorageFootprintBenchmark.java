package vn.motcua.engine.retention;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.engine.EngineTestApplication;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.testsupport.FilledForms;

/**
 * Bytes a finished dossier leaves in the database (a harness, not a test; issue #16): files
 * {@code n} dossiers of temporary residence (default 1,000), takes each through registration,
 * reception, processing, approval and the signed result to the end of its process, then prints per
 * table the rows and the InnoDB space (data + indexes, after {@code ANALYZE TABLE}) it grew by, per
 * dossier, grouped as Camunda history, other Camunda tables and MotCua's own. Then the history
 * cleanup runs as it would once the time to live has passed, and the same is printed again: what
 * stays for good. Attachments and PDFs are files in the data directory, not counted here.
 * Run (a fresh embedded MariaDB under engine/target/storage-benchmark):
 * {@code ./mvnw -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.retention.StorageFootprintBenchmark -Dexec.args="1000"}
 */
public final class StorageFootprintBenchmark {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");

    private StorageFootprintBenchmark() {
    }

    record TableSize(long rows, long bytes) {
        TableSize minus(TableSize other) {
            return new TableSize(rows - other.rows, bytes - other.bytes);
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EngineTestApplication.class)
                .properties("motcua.data-dir=target/storage-benchmark/" + UUID.randomUUID(),
                        "camunda.bpm.job-execution.enabled=false", "motcua.admin.password=benchmark-only-secret",
                        "logging.level.root=WARN")
                .run()) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            DossierService dossiers = context.getBean(DossierService.class);
            RuntimeService runtime = context.getBean(RuntimeService.class);
            TaskService tasks = context.getBean(TaskService.class);
            ManagementService management = context.getBean(ManagementService.class);
            HistoryService history = context.getBean(HistoryService.class);

            Map<String, TableSize> before = sizes(jdbc);
            long start = System.nanoTime();
            Date lastEnd = null;
            for (int i = 0; i < n; i++) {
                Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", FilledForms.temporaryResidence(),
                        "storage-" + UUID.randomUUID()));
                String pid = d.processInstanceId();
                TestDossiers.takeToResult(runtime, tasks, management, pid, "Đủ điều kiện đăng ký tạm trú.");
                var ended = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
                if (ended.getEndTime() == null) {
                    throw new IllegalStateException("dossier " + d.code() + " did not finish: " + runtime.getActiveActivityIds(pid));
                }
                lastEnd = ended.getRemovalTime();
            }
            System.out.printf("%,d dossiers filed and finished (signed receipt and result) in %.1f s%n", n,
                    (System.nanoTime() - start) / 1e9);
            Map<String, TableSize> finished = sizes(jdbc);
            print("finished dossiers, Camunda history kept", before, finished, n);

            // as the nightly cleanup does once the time to live has passed
            ClockUtil.setCurrentTime(Date.from(lastEnd.toInstant().plus(Duration.ofMinutes(1))));
            try {
                for (int round = 0; round < 10_000 && historyRows(jdbc) > 0; round++) {
                    management.executeJob(history.cleanUpHistoryAsync(true).getId());
                }
            } finally {
                ClockUtil.reset();
            }
            // and MotCua's rows that live as long (finished work items, notifications)
            System.out.println("MotCua's expired rows removed: " + context.getBean(ExpiredRowsCleanup.class)
                    .removeExpired(lastEnd.toInstant().plus(Duration.ofMinutes(1))));
            // InnoDB keeps the pages of removed rows for the rows that come next, so the space is
            // counted from the rows that remain, at the bytes per row each table took above
            Map<String, TableSize> cleaned = new TreeMap<>();
            sizes(jdbc).forEach((table, size) -> {
                TableSize grown = finished.get(table).minus(before.getOrDefault(table, new TableSize(0, 0)));
                long remaining = size.rows() - before.getOrDefault(table, new TableSize(0, 0)).rows();
                long bytes = grown.rows() == 0 ? 0 : grown.bytes() * remaining / grown.rows();
                cleaned.put(table, new TableSize(size.rows(), before.getOrDefault(table, new TableSize(0, 0)).bytes() + bytes));
            });
            print("after the history cleanup (time to live passed; bytes = remaining rows at the bytes per row above)",
                    before, cleaned, n);
        }
    }

    private static void print(String title, Map<String, TableSize> before, Map<String, TableSize> after, int n) {
        System.out.println(title + ", per dossier:");
        Map<String, long[]> groups = new TreeMap<>();
        after.forEach((table, size) -> {
            TableSize grown = size.minus(before.getOrDefault(table, new TableSize(0, 0)));
            if (grown.rows() == 0 && grown.bytes() == 0) {
                return;
            }
            System.out.printf("  %-32s %6.2f rows %8.0f bytes%n", table, grown.rows() / (double) n, grown.bytes() / (double) n);
            long[] sum = groups.computeIfAbsent(group(table), g -> new long[2]);
            sum[0] += grown.rows();
            sum[1] += grown.bytes();
        });
        long total = 0;
        for (var group : groups.entrySet()) {
            System.out.printf("  = %-30s %6.2f rows %8.0f bytes%n", group.getKey(), group.getValue()[0] / (double) n,
                    group.getValue()[1] / (double) n);
            total += group.getValue()[1];
        }
        System.out.printf("  = total %,.0f bytes per dossier%n", total / (double) n);
    }

    private static long historyRows(JdbcTemplate jdbc) {
        Long rows = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ACT_HI_PROCINST) + (SELECT COUNT(*) FROM ACT_HI_ACTINST)"
                + " + (SELECT COUNT(*) FROM ACT_HI_TASKINST) + (SELECT COUNT(*) FROM ACT_HI_VARINST)", Long.class);
        return rows == null ? 0 : rows;
    }

    private static String group(String table) {
        String t = table.toUpperCase();
        return t.startsWith("ACT_HI_") ? "Camunda history" : t.startsWith("ACT_") ? "Camunda, other" : "MotCua";
    }

    /** Row count and InnoDB space (data + indexes) of every table in the schema, statistics refreshed first. */
    private static Map<String, TableSize> sizes(JdbcTemplate jdbc) {
        var tables = jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE'", String.class);
        Map<String, TableSize> sizes = new TreeMap<>();
        for (String table : tables) {
            jdbc.queryForList("ANALYZE TABLE `" + table + "`");
            Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class);
            Long bytes = jdbc.queryForObject("SELECT DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", Long.class, table);
            sizes.put(table, new TableSize(rows, bytes));
        }
        return sizes;
    }
}
