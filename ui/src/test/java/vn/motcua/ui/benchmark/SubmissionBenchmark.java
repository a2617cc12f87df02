package vn.motcua.ui.benchmark;

import static vn.motcua.workflows.onestop.OneStopModel.REGISTER;
import static vn.motcua.workflows.onestop.OneStopModel.BENCHMARK_RUN_PREFIX;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_DOSSIER_CODE;
import static vn.motcua.workflows.onestop.OneStopModel.processId;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.engine.registry.DemoRegistry;
import vn.motcua.engine.studio.ModelTestRun;
import vn.motcua.ui.MotCuaApplication;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * The fair submission benchmark of issue #16. MotCua on a fresh data directory (embedded MariaDB,
 * the README's defaults); N dossiers for temporary residence (1.004194) through
 * {@code POST /api/v1/dossiers} with real VNeID sandbox tokens from C clients, counted when they
 * are <em>registered</em>: the registration job has run, the Mẫu 01 receipt is signed, the dossier
 * waits at reception. Then, in the same run and on the same database, bare Camunda: the same
 * generated model with every MotCua step and listener replaced by a no-op (the studio's test-run
 * transformation, whose process ids MotCua's parse listeners skip), started with the variables a
 * registered MotCua dossier carries, so it takes the same path, counted the same way.
 * Prints dossiers/s, request latency, CPU per dossier (JVM minus the load generator, plus
 * mariadbd) and, from a JFR recording of the MotCua phase, CPU per stage and the hottest methods.
 * Run: {@code ./mvnw -B -q -pl ui test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.ui.benchmark.SubmissionBenchmark -Dexec.args="400 8"}
 */
public final class SubmissionBenchmark {

    private static final String PROCEDURE = "1.004194";
    private static final String GENERATOR_THREAD = "bench-";
    /** The load generator's threads: its clients, the JDK HTTP client's selector, the poller. */
    private static final Predicate<String> LOAD_GENERATOR =
            name -> name.startsWith(GENERATOR_THREAD) || name.startsWith("HttpClient");
    /** Dossiers submitted (and bare instances started) before measuring, so that the JIT has compiled the path. */
    private static final int WARM_UP = Integer.getInteger("motcua.bench.warmup", 1000);
    /** A JFR recording of the MotCua phase (-Dmotcua.bench.profile=false: none, to see what recording costs). */
    private static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("motcua.bench.profile", "true"));
    private static final Predicate<String> ENGINE_CALLERS_EXCLUDED = name -> name.startsWith("HttpClient");
    private static final Duration REGISTRATION_LIMIT = Duration.ofMinutes(5);

    private final ConfigurableApplicationContext app;
    private final int port;
    private final List<String> tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SubmissionBenchmark(ConfigurableApplicationContext app, int port, List<String> tokens) {
        this.app = app;
        this.port = port;
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path data = Files.createTempDirectory("motcua-bench");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--motcua.data-dir=" + data,
                "--motcua.admin.password=load-test", "--logging.level.root=WARN", "--motcua.rate-limits.enabled=false"));
        // further settings to compare, e.g. -Dmotcua.bench.args=--camunda.bpm.history-level=full
        arguments.addAll(List.of(System.getProperty("motcua.bench.args", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, arguments.toArray(String[]::new));
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SandboxClient sandbox = app.getBean(SandboxClient.class);
            List<String> tokens = new ArrayList<>();
            for (var account : DemoRegistry.ACCOUNTS) {
                if (account.level() == 2 && tokens.size() < clients) {
                    tokens.add(SandboxTokens.accessToken(port, sandbox, account.resident().idNumber(),
                            DemoRegistry.DEMO_PASSCODE, DemoRegistry.DEMO_OTP));
                }
            }
            new SubmissionBenchmark(app, port, tokens).run(dossiers, clients, data.resolve("submission.jfr"));
        } finally {
            app.close();
        }
    }

    private void run(int dossiers, int clients, Path jfr) throws Exception {
        System.out.printf("MotCua on port %d: %d dossiers of %s from %d clients, %d cores%n", port, dossiers, PROCEDURE,
                clients, Runtime.getRuntime().availableProcessors());
        String motcuaKey = processId(PROCEDURE);
        String bareKey = BENCHMARK_RUN_PREFIX + motcuaKey;
        deployBare(motcuaKey, bareKey);
        Map<String, Object> registeredVariables = warmUp(motcuaKey, bareKey, clients);

        CpuMeter cpu = new CpuMeter(LOAD_GENERATOR);
        Phase motcua = measure(motcuaKey, dossiers, clients, cpu, this::submitOverHttp);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        // bare Camunda is started by the generator's own threads: their time is the engine's here
        Phase bare = measure(bareKey, dossiers, clients, new CpuMeter(ENGINE_CALLERS_EXCLUDED), () -> {
            Map<String, Object> variables = new HashMap<>(registeredVariables);
            variables.put(VAR_DOSSIER_CODE, "BENCH-" + UUID.randomUUID());
            runtime.startProcessInstanceByKey(bareKey, variables);
            return true;
        });

        System.out.println(motcua.line("MotCua, POST /api/v1/dossiers"));
        System.out.println(bare.line("bare Camunda, same model, no-op steps"));
        System.out.printf("ratio MotCua / bare: requests %.2f, registered %.2f%n",
                motcua.requestRate() / bare.requestRate(), motcua.registeredRate() / bare.registeredRate());
        if (!cpu.seesDatabase()) {
            System.out.println("(mariadbd not found among this JVM's child processes: its CPU is not counted)");
        }
        System.out.println("CPU per dossier by thread (ms):");
        for (Phase phase : List.of(motcua, bare)) {
            StringBuilder line = new StringBuilder("  ").append(phase == motcua ? "MotCua" : "bare  ");
            phase.cpu().byThreadGroup().forEach((group, nanos) ->
                    line.append(String.format("  %s %.1f", group, nanos / 1e6 / dossiers)));
            line.append(String.format("  JVM internal (JIT, GC) %.1f  mariadbd %.1f", phase.cpu().jvmInternal() / 1e6 / dossiers,
                    phase.cpu().mariadbd() / 1e6 / dossiers));
            System.out.println(line);
            System.out.println("    SQL statements per dossier:" + phase.statementsPerDossier());
        }
        if (!PROFILE) {
            return;
        }
        // a separate, profiled round: a recording changes what it measures (JIT, safepoints), so
        // the figures above come from the unrecorded round and only the shares from this one
        CpuProfile.Summary profile;
        Phase profiled;
        try (CpuProfile recording = CpuProfile.start(jfr)) {
            profiled = measure(motcuaKey, dossiers, clients, cpu, this::submitOverHttp);
            profile = recording.stop(LOAD_GENERATOR);
        }
        System.out.println(profiled.line("(profiled round, for the shares only)"));
        double javaMs = (motcua.cpu().motcuaJvm() - motcua.cpu().jvmInternal()) / 1e6 / dossiers;
        System.out.printf("MotCua Java threads' %.1f ms per dossier, by the shares of %d JFR samples of the profiled round:%n%s",
                javaMs, profile.samples(), profile.table(javaMs));
        System.out.println("hottest methods (share of samples, leaf frame):");
        System.out.println(profile.hottest(25));
        System.out.println("JFR recording: " + jfr + " (flame graph in JDK Mission Control)");
    }

    /** MariaDB's statement counters (the whole server: the poller's few queries are in them). */
    private Map<String, Long> statements() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var connection = app.getBean(javax.sql.DataSource.class).getConnection();
             var rows = connection.createStatement().executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                     + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Questions')")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read MariaDB's statement counters", e);
        }
        return counts;
    }

    /** The generated model under a test-run id, every MotCua delegate and listener a no-op. */
    private void deployBare(String motcuaKey, String bareKey) {
        RepositoryService repository = app.getBean(RepositoryService.class);
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(motcuaKey).latestVersion().singleResult();
        var bare = ModelTestRun.forTestRun(repository.getBpmnModelInstance(definition.getId()), bareKey);
        repository.createDeployment().name("benchmark-bare").addModelInstance(bareKey + ".bpmn", bare).deploy();
        // the model must be the generated one, not a stand-in
        if (Bpmn.convertToString(bare).length() < 10_000) {
            throw new IllegalStateException("the bare model is suspiciously small");
        }
    }

    private Map<String, Object> warmUp(String motcuaKey, String bareKey, int clients) throws Exception {
        CpuMeter cpu = new CpuMeter(LOAD_GENERATOR);
        measure(motcuaKey, WARM_UP, clients, cpu, this::submitOverHttp);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        var registered = runtime.createProcessInstanceQuery().processDefinitionKey(motcuaKey).listPage(0, 1).get(0);
        Map<String, Object> variables = new HashMap<>(runtime.getVariables(registered.getId()));
        measure(bareKey, WARM_UP, clients, cpu, () -> {
            Map<String, Object> v = new HashMap<>(variables);
            v.put(VAR_DOSSIER_CODE, "BENCH-" + UUID.randomUUID());
            runtime.startProcessInstanceByKey(bareKey, v);
            return true;
        });
        return variables;
    }

    private boolean submitOverHttp() throws Exception {
        String token = tokens.get((int) (Thread.currentThread().getId() % tokens.size()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"procedureCode\":\"" + PROCEDURE + "\",\"formData\":" + vn.motcua.testsupport.FilledForms.temporaryResidenceJson() + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            System.out.println("refused: " + response.statusCode() + " " + response.body());
        }
        return response.statusCode() == 201;
    }

    @FunctionalInterface
    interface Submission {
        boolean submit() throws Exception;
    }

    record Phase(int dossiers, double requestSeconds, double registeredSeconds, List<Long> latencies, int failed,
                 CpuMeter.Reading cpu, Map<String, Long> statements) {

        String statementsPerDossier() {
            StringBuilder out = new StringBuilder();
            statements.forEach((name, count) -> out.append(String.format(" %s %.1f", name.replace("Com_", ""),
                    count / (double) dossiers)));
            return out.toString();
        }

        double requestRate() {
            return latencies.size() / requestSeconds;
        }

        double registeredRate() {
            return dossiers / registeredSeconds;
        }

        String line(String what) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return String.format("%-40s requests %6.1f/s  registered %6.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms"
                            + "  CPU/dossier %5.1f ms (JVM %5.1f + mariadbd %5.1f)  GC pauses %d ms, JIT %d ms, %d classes loaded  failed %d",
                    what, requestRate(), registeredRate(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    (cpu.motcuaJvm() + cpu.mariadbd()) / 1e6 / dossiers, cpu.motcuaJvm() / 1e6 / dossiers,
                    cpu.mariadbd() / 1e6 / dossiers, cpu.gcMillis(), cpu.jitMillis(), cpu.classesLoaded(), failed);
        }

        private static double ms(List<Long> sorted, double q) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
        }
    }

    /**
     * Submits {@code dossiers} from {@code clients} threads and waits until no registration job of
     * the model is left: each dossier registered (or failed, then it is reported).
     */
    private Phase measure(String key, int dossiers, int clients, CpuMeter cpu, Submission submission) throws Exception {
        ManagementService management = app.getBean(ManagementService.class);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger remaining = new AtomicInteger(dossiers);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> new Thread(r, GENERATOR_THREAD + threadNumber.incrementAndGet()));
        Map<String, Long> statementsBefore = statements();
        CpuMeter.Reading before = cpu.read();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    if (submission.submit()) {
                        latencies.add(System.nanoTime() - t0);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double requestSeconds = (System.nanoTime() - start) / 1e9;
        // polled from a generator thread, so that its CPU is not counted as MotCua's
        Future<Long> registered = pool.submit(() -> {
            long limit = System.nanoTime() + REGISTRATION_LIMIT.toNanos();
            while (management.createJobQuery().processDefinitionKey(key).activityId(REGISTER).withRetriesLeft().count() > 0) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("registration jobs still pending after " + REGISTRATION_LIMIT);
                }
                Thread.sleep(50);
            }
            return System.nanoTime();
        });
        double registeredSeconds = (registered.get() - start) / 1e9;
        CpuMeter.Reading used = cpu.read().minus(before);
        pool.shutdown();
        Map<String, Long> statements = statements();
        statementsBefore.forEach((name, count) -> statements.merge(name, -count, Long::sum));
        long stuck = management.createJobQuery().processDefinitionKey(key).activityId(REGISTER).noRetriesLeft().count();
        if (stuck > 0) {
            System.out.println(stuck + " registration jobs FAILED (incidents) for " + key);
        }
        return new Phase(latencies.size(), requestSeconds, registeredSeconds, latencies, failed.get(), used, statements);
    }
}
