package vn.motcua.ui.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Linux {@code perf} sampling this JVM and mariadbd together, read back by thread group and by stage
 * of the submission path. Unlike a JFR recording it leaves the JIT alone (a recording here kept the
 * compilers busy and the code slower for as long as it ran) and it sees mariadbd and the kernel in
 * the same profile. Java frames are named from the JIT's perf map, written when sampling stops;
 * whole Java stacks need {@code -XX:+PreserveFramePointer} on this JVM (MAVEN_OPTS), or perf sees
 * only the leaf frames.
 */
final class PerfProfile implements AutoCloseable {

    private static final Pattern SAMPLE_HEADER_TID = Pattern.compile("\\s+\\d+\\s*$");
    private static final Set<String> SQL_LIBRARIES = Set.of("org.mariadb.jdbc", "com.zaxxer.hikari", "org.jooq",
            "org.apache.ibatis");

    private final Process perf;
    private final Path data;

    private PerfProfile(Process perf, Path data) {
        this.perf = perf;
        this.data = data;
    }

    /** Starts sampling this JVM and {@code mariadbdPid} at 499 Hz with call stacks. */
    static PerfProfile start(Path data, long mariadbdPid) throws IOException, InterruptedException {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (!Boolean.parseBoolean(hotspot.getVMOption("PreserveFramePointer").getValue())) {
            System.out.println("(this JVM runs without -XX:+PreserveFramePointer: perf will see leaf frames only)");
        }
        String pids = ProcessHandle.current().pid() + (mariadbdPid > 0 ? "," + mariadbdPid : "");
        Process perf = new ProcessBuilder("perf", "record", "-F", "499", "-g", "-o", data.toString(), "-p", pids)
                .redirectErrorStream(true).redirectOutput(data.resolveSibling("perf-record.log").toFile()).start();
        // perf attaches asynchronously; the log says when it has
        TimeUnit.SECONDS.sleep(1);
        if (!perf.isAlive()) {
            throw new IOException("perf record stopped at once: " + Files.readString(data.resolveSibling("perf-record.log")));
        }
        return new PerfProfile(perf, data);
    }

    /** Stops sampling, has the JIT write its perf map, and reads the samples back. */
    Summary stop(Predicate<String> loadGeneratorThread) throws Exception {
        perf.destroy(); // SIGTERM: perf record writes its data and exits
        if (!perf.waitFor(60, TimeUnit.SECONDS)) {
            perf.destroyForcibly();
            throw new IOException("perf record did not stop");
        }
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerPerfmap", new Object[0], new String[0]);
        Process script = new ProcessBuilder("perf", "script", "-F", "comm,tid,ip,sym", "-i", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Summary summary;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
            summary = read(lines, loadGeneratorThread);
        }
        if (script.waitFor() != 0) {
            throw new IOException("perf script failed on " + data);
        }
        return summary;
    }

    /** The output of {@code perf script -F comm,tid,ip,sym}: a header line per sample, a line per frame (leaf first). */
    static Summary read(BufferedReader lines, Predicate<String> loadGeneratorThread) throws IOException {
        Summary summary = new Summary(loadGeneratorThread);
        String thread = null;
        List<String> frames = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                if (thread != null) {
                    summary.add(thread, frames);
                }
                thread = null;
                frames = new ArrayList<>();
            } else if (!Character.isWhitespace(line.charAt(0))) {
                thread = SAMPLE_HEADER_TID.matcher(line.strip()).replaceFirst("");
            } else {
                frames.add(name(line.strip()));
            }
        }
        if (thread != null) {
            summary.add(thread, frames);
        }
        return summary;
    }

    /** "7f1b… void org.x.Y.m(int)" → "org.x.Y.m"; "55e… mysql_parse(THD*, …)" → "mysql_parse". */
    private static String name(String frame) {
        int space = frame.indexOf(' ');
        String symbol = space < 0 ? frame : frame.substring(space + 1);
        int parenthesis = symbol.indexOf('(');
        String head = parenthesis < 0 ? symbol : symbol.substring(0, parenthesis);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    @Override
    public void close() {
        if (perf.isAlive()) {
            perf.destroyForcibly();
        }
    }

    static final class Summary {

        private final Predicate<String> loadGeneratorThread;
        private final Map<String, Integer> byThreadGroup = new LinkedHashMap<>();
        private final Map<CpuProfile.Stage, Integer> byStage = new LinkedHashMap<>();
        private final Map<String, Integer> sqlByLibrary = new LinkedHashMap<>();
        private final Map<String, Integer> javaLeaves = new LinkedHashMap<>();
        private final Map<String, Integer> databaseInclusive = new LinkedHashMap<>();
        private int samples;

        private Summary(Predicate<String> loadGeneratorThread) {
            this.loadGeneratorThread = loadGeneratorThread;
        }

        private void add(String thread, List<String> frames) {
            if (loadGeneratorThread.test(thread)) {
                return;
            }
            samples++;
            String group = group(thread);
            byThreadGroup.merge(group, 1, Integer::sum);
            if (group.equals("mariadbd")) {
                new HashSet<>(frames).forEach(frame -> databaseInclusive.merge(frame, 1, Integer::sum));
            } else if (group.startsWith("MotCua")) {
                byStage.merge(CpuProfile.stageOf(frames), 1, Integer::sum);
                if (!frames.isEmpty()) {
                    javaLeaves.merge(frames.get(0), 1, Integer::sum);
                }
                sqlLibrary(frames).ifPresent(library -> sqlByLibrary.merge(library, 1, Integer::sum));
            }
        }

        private static String group(String thread) {
            if (thread.startsWith("mariadbd")) {
                return "mariadbd";
            } else if (thread.startsWith("camundaTaskExec")) {
                return "MotCua job executor (registration, receipt)";
            } else if (thread.startsWith("http-nio")) {
                return "MotCua HTTP request threads";
            } else if (thread.startsWith("JobExecutor")) {
                return "MotCua job acquisition";
            } else if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
                return "JIT compilers";
            } else if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
                return "garbage collector";
            }
            return "other JVM threads";
        }

        /** For a sample in SQL code: the part nearest the leaf (kernel: the socket; else driver, jOOQ, MyBatis). */
        private static java.util.Optional<String> sqlLibrary(List<String> frames) {
            if (frames.stream().noneMatch(f -> SQL_LIBRARIES.stream().anyMatch(f::startsWith))) {
                return java.util.Optional.empty();
            }
            for (String frame : frames) {
                if (frame.startsWith("entry_SYSCALL") || frame.startsWith("do_syscall")) {
                    return java.util.Optional.of("kernel (socket, futex)");
                }
                for (String library : SQL_LIBRARIES) {
                    if (frame.startsWith(library)) {
                        return java.util.Optional.of(library);
                    }
                }
            }
            return java.util.Optional.of("other");
        }

        int samples() {
            return samples;
        }

        /** Samples per stage of MotCua's Java threads. */
        Map<CpuProfile.Stage, Integer> byStage() {
            return byStage;
        }

        Map<String, Integer> byThreadGroup() {
            return byThreadGroup;
        }

        Map<String, Integer> sqlByLibrary() {
            return sqlByLibrary;
        }

        String report(double msPerDossierAll, int hottest) {
            StringBuilder out = new StringBuilder(String.format("perf: %d samples of MotCua's JVM and mariadbd"
                    + " (the load generator's threads left out); ms per dossier by the measured round's %.1f ms%n",
                    samples, msPerDossierAll));
            out.append("by thread:\n").append(shares(byThreadGroup, samples, msPerDossierAll, Integer.MAX_VALUE));
            out.append("MotCua's Java threads by stage (a sample counts for the first stage on its stack):\n");
            Map<String, Integer> stages = new LinkedHashMap<>();
            for (CpuProfile.Stage stage : CpuProfile.Stage.values()) {
                stages.put(stage.label, byStage.getOrDefault(stage, 0));
            }
            out.append(shares(stages, samples, msPerDossierAll, Integer.MAX_VALUE));
            out.append("SQL on MotCua's threads, by the library nearest the leaf:\n")
                    .append(shares(sqlByLibrary, samples, msPerDossierAll, Integer.MAX_VALUE));
            out.append("hottest leaf frames of MotCua's Java threads:\n")
                    .append(shares(javaLeaves, samples, msPerDossierAll, hottest));
            out.append("mariadbd, inclusive (share of all samples):\n")
                    .append(shares(databaseInclusive, samples, msPerDossierAll, hottest));
            return out.toString();
        }

        private static String shares(Map<String, Integer> counts, int total, double msPerDossierAll, int limit) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                    .map(e -> String.format("  %5.1f %%  %6.2f ms  %s", 100.0 * e.getValue() / Math.max(total, 1),
                            msPerDossierAll * e.getValue() / Math.max(total, 1), e.getKey()))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
