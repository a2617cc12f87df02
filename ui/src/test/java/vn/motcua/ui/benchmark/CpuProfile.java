package vn.motcua.ui.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of the measured phase, read back into CPU samples per stage of the submission
 * path and the hottest methods. A sample belongs to the first stage (in the order of
 * {@link Stage}) whose classes appear anywhere on its stack, so SQL issued by the history writer
 * counts as SQL, and the rest of the history writer's work as history.
 */
final class CpuProfile implements AutoCloseable {

    enum Stage {
        TOKEN("VNeID token (JWT decoding and signature check)", "com.nimbusds", "org.springframework.security.oauth2.jwt"),
        SIGNING("receipt: PAdES signing", "org.bouncycastle", "vn.motcua.engine.document.PadesSigner",
                "vn.motcua.engine.document.SigningKeys", "org.apache.pdfbox.pdmodel.interactive.digitalsignature"),
        SQL("SQL (driver, pool, jOOQ)", "org.mariadb.jdbc", "com.zaxxer.hikari", "org.jooq", "org.apache.ibatis"),
        RENDERING("receipt: rendering and storing the PDF", "com.openhtmltopdf", "org.apache.pdfbox", "com.google.zxing",
                "vn.motcua.engine.document"),
        HISTORY("engine history", "org.camunda.bpm.engine.impl.history"),
        LISTENERS("MotCua listeners (work items, status, notifications, audit)", "vn.motcua.engine.queue",
                "vn.motcua.engine.dossier.DossierStatus", "vn.motcua.engine.notification", "vn.motcua.engine.audit",
                "vn.motcua.engine.statistics", "vn.motcua.engine.lifecycle"),
        REGISTRATION("registration step (rest)", "vn.motcua.engine.workflow"),
        VALIDATION("validation (form, attachments, payment)", "vn.motcua.forms", "vn.motcua.engine.attachment",
                "vn.motcua.engine.payment", "vn.motcua.engine.dossier.DossierService.validate",
                "vn.motcua.engine.dossier.DossierService.formErrors"),
        ENGINE("Camunda engine", "org.camunda"),
        HTTP("HTTP, JSON, security filters, the rest of the request", "org.apache.coyote", "org.apache.tomcat",
                "org.apache.catalina", "com.fasterxml.jackson", "org.springframework.web", "org.springframework.security",
                "vn.motcua"),
        OTHER("other (JIT-compiled JDK code, idle pollers)");

        final String label;
        final List<String> prefixes;

        Stage(String label, String... prefixes) {
            this.label = label;
            this.prefixes = List.of(prefixes);
        }

        boolean matches(String frame) {
            return prefixes.stream().anyMatch(frame::startsWith);
        }
    }

    private final Recording recording;
    private final Path file;

    private CpuProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static CpuProfile start(Path file) throws IOException, ParseException {
        // "default", not "profile": the profile settings kept the JIT recompiling for as long as they
        // recorded (JIT time per dossier ×3 in this benchmark)
        Recording recording = new Recording(Configuration.getConfiguration("default"));
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
        recording.setToDisk(true);
        recording.start();
        return new CpuProfile(recording, file);
    }

    /** Stops the recording and writes it (open it in JDK Mission Control for the flame graph). */
    Summary stop(Predicate<String> loadGeneratorThread) throws IOException {
        recording.stop();
        recording.dump(file);
        Map<Stage, Integer> byStage = new LinkedHashMap<>();
        Map<String, Integer> topFrames = new LinkedHashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread != null && thread.getJavaName() != null && loadGeneratorThread.test(thread.getJavaName())) {
                continue;
            }
            List<String> frames = event.getStackTrace().getFrames().stream().map(CpuProfile::name).toList();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            byStage.merge(stageOf(frames), 1, Integer::sum);
            topFrames.merge(frames.get(0), 1, Integer::sum);
        }
        return new Summary(total, byStage, topFrames);
    }

    static Stage stageOf(List<String> frames) {
        for (Stage stage : Stage.values()) {
            if (stage != Stage.OTHER && frames.stream().anyMatch(stage::matches)) {
                return stage;
            }
        }
        return Stage.OTHER;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    @Override
    public void close() {
        recording.close();
    }

    record Summary(int samples, Map<Stage, Integer> byStage, Map<String, Integer> topFrames) {

        /** The share of the JVM's MotCua CPU per stage, spread over the dossiers: ms per dossier. */
        String table(double jvmMsPerDossier) {
            StringBuilder out = new StringBuilder();
            for (Stage stage : Stage.values()) {
                int n = byStage.getOrDefault(stage, 0);
                out.append(String.format("  %-62s %5.1f %%  %6.2f ms%n", stage.label, 100.0 * n / Math.max(samples, 1),
                        jvmMsPerDossier * n / Math.max(samples, 1)));
            }
            return out.toString();
        }

        String hottest(int count) {
            return topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(count)
                    .map(e -> String.format("  %5.1f %%  %s", 100.0 * e.getValue() / Math.max(samples, 1), e.getKey()))
                    .collect(Collectors.joining("\n"));
        }
    }
}
