package vn.motcua.engine.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.engine.EngineTestApplication;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;

/**
 * Moving open dossiers to a new version of their model (a harness, not a test): files {@code n}
 * dossiers of temporary absence (default 1,000) and registers them, publishes a version 2 with a
 * consultation step through the studio's review, then checks the migration plan and moves all of
 * them, timing each phase and the chunks. Run (a fresh embedded MariaDB under
 * engine/target/migration-benchmark):
 * {@code ./mvnw -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.studio.MigrationBenchmark -Dexec.args="1000"}
 */
public final class MigrationBenchmark {

    private MigrationBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EngineTestApplication.class)
                .properties("motcua.data-dir=target/migration-benchmark/" + UUID.randomUUID(),
                        "camunda.bpm.job-execution.enabled=false", "motcua.admin.password=benchmark-only-secret",
                        "logging.level.root=WARN")
                .run()) {
            DossierService dossiers = context.getBean(DossierService.class);
            ManagementService management = context.getBean(ManagementService.class);
            PolicyStudio studio = context.getBean(PolicyStudio.class);
            DossierMigration migration = context.getBean(DossierMigration.class);
            String code = PolicyStudioIntegrationTests.CODE;
            long start = System.nanoTime();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Dossier dossier = dossiers.submit(new Applicant("001092100001", "Nguyễn Văn An", "00004", "01"), 2,
                        new SubmitDossier(code, "ONLINE", vn.motcua.testsupport.FilledForms.temporaryAbsence(),
                                "bench-" + UUID.randomUUID()));
                TestDossiers.runJobs(management, dossier.processInstanceId());
                codes.add(dossier.code());
            }
            System.out.printf("filed and registered %,d dossiers in %.1f s%n", n, (System.nanoTime() - start) / 1e9);

            int from = studio.versions(PolicyStudioIntegrationTests.BAO, code).size();
            ModelDraft draft = studio.openDraft(PolicyStudioIntegrationTests.LAN_ANH, code);
            studio.saveDraft(PolicyStudioIntegrationTests.LAN_ANH, code, draft.revision(),
                    StudioModels.withConsultationStep(draft.bpmnXml(), "agency:ca-xa-00004:consultation"), draft.formJson());
            studio.submit(PolicyStudioIntegrationTests.LAN_ANH, code, draft.revision() + 1, "benchmark");
            int to = studio.approve(PolicyStudioIntegrationTests.BAO, code).version();

            long check = System.nanoTime();
            DossierMigration.Check plan = migration.check(PolicyStudioIntegrationTests.LAN_ANH, code, from, to);
            System.out.printf("plan checked in %d ms: %,d movable, %,d blocked%n", (System.nanoTime() - check) / 1_000_000,
                    plan.movable().size(), plan.blocked().size());
            long move = System.nanoTime();
            long[] last = {move};
            int moved = migration.migrate(PolicyStudioIntegrationTests.LAN_ANH, code, from, to, codes, done -> {
                long now = System.nanoTime();
                System.out.printf("  %,d moved (chunk %d ms)%n", done, (now - last[0]) / 1_000_000);
                last[0] = now;
            });
            double seconds = (System.nanoTime() - move) / 1e9;
            System.out.printf("moved %,d dossiers v%d → v%d in %.2f s (%.0f dossiers/s)%n", moved, from, to, seconds, moved / seconds);
        }
    }
}
