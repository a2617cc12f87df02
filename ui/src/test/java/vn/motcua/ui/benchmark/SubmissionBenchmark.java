package vn.motcua.ui.benchmark;

import static vn.motcua.workflows.onestop.OneStopModel.REGISTER;
import static vn.motcua.workflows.onestop.OneStopModel.BENCHMARK_RUN_PREFIX;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_DOSSIER_CODE;
import static vn.motcua.workflows.onestop.OneStopModel.processId;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.springframework.util.FileSystemUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;
import vn.motcua.testsupport.FilledForms;
import vn.motcua.engine.registry.DemoRegistry;
import vn.motcua.engine.studio.ModelTestRun;
import vn.motcua.ui.MotCuaApplication;
import vn.motcua.ui.identity.SandboxTokens;
import vn.motcua.vneid.SandboxClient;

/**
 * The fair submission benchmark of issue #16. MotCua on a fresh data directory (embedded MariaDB,
 * the README's defaults); N dossiers for temporary residence (1.004194), in the wards of the demo's
 * staffed police offices in turn, through
 * {@code POST /api/v1/dossiers} with real VNeID sandbox tokens from C clients, counted when they
 * are <em>registered</em>: the registration job has run, the Mẫu 01 receipt is signed, the dossier
 * waits at reception. Then, in the same run and on the same database, bare Camunda: the same
 * generated model with every MotCua step and listener replaced by a no-op (the studio's test-run
 * transformation, whose process ids MotCua's parse listeners skip), started with the variables a
 * registered MotCua dossier carries, so it takes the same path, counted the same way. Then the
 * same N dossiers all to one office (where a unit's gap-free numbering makes its filings wait for
 * each other: the row-lock figures), and N with 5 % invalid ones mixed in. Prints dossiers/s,
 * request latency, CPU per dossier (JVM minus the load generator, plus mariadbd) and, from a JFR
 * recording of the MotCua phase, CPU per stage and the hottest methods.
 * Run: {@code ./mvnw -B -q -pl ui test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.ui.benchmark.SubmissionBenchmark -Dexec.args="400 8"}
 */
public final class SubmissionBenchmark implements AutoCloseable {

    private static final String PROCEDURE = "1.004194";
    private static final String GENERATOR_THREAD = "bench-";
    /** The load generator's threads: its clients, the JDK HTTP client's selector, the poller. */
    private static final Predicate<String> LOAD_GENERATOR =
            name -> name.startsWith(GENERATOR_THREAD) || name.startsWith("HttpClient");
    /** Dossiers submitted (and bare instances started) before measuring, so that the JIT has compiled the path. */
    private static final int WARM_UP = Integer.getInteger("motcua.bench.warmup", 1000);
    /** A JFR recording of the MotCua phase (-Dmotcua.bench.profile=false: none, to see what recording costs). */
    private static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("motcua.bench.profile", "true"));
    /**
     * The profiler of that round: "jfr" (default), or "perf" — Linux perf over this JVM and mariadbd,
     * which leaves the JIT alone and sees the database too (run with MAVEN_OPTS=-XX:+PreserveFramePointer).
     */
    private static final String PROFILER = System.getProperty("motcua.bench.profiler", "jfr");
    private static final Predicate<String> ENGINE_CALLERS_EXCLUDED = name -> name.startsWith("HttpClient");
    private static final Duration REGISTRATION_LIMIT = Duration.ofMinutes(5);
    /** A sandbox access token lives five minutes; the clients' tokens are issued again when older than this. */
    private static final Duration TOKEN_REISSUE = Duration.ofMinutes(1);
    private static final int WARM_UP_PART = 2000;

    private static final double INVALID_SHARE = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICE_OFFICE = "ca-xa-";
    /**
     * The request bodies, one per ward whose police office has reception, specialist and leader
     * staff in the demo data (temporary residence is registered where one stays): Ba Đình first.
     */
    private static final List<String> BODIES = DemoRegistry.STAFF.stream().map(DemoRegistry.DemoStaff::unitCode)
            .filter(unit -> unit.startsWith(POLICE_OFFICE)).distinct().sorted()
            .map(unit -> body(with(FilledForms.temporaryResidence(), "phuongXaTamTru", unit.substring(POLICE_OFFICE.length()))))
            .toList();

    private final ConfigurableApplicationContext app;
    private final int port;
    private volatile List<String> tokens = List.of();
    private long tokensIssuedAt;
    private final Path data;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CpuMeter motcuaMeter = new CpuMeter(LOAD_GENERATOR);
    private final AtomicInteger nextWard = new AtomicInteger();
    /** The variables of a registered dossier, read after the first warm-up: bare Camunda starts with them. */
    private Map<String, Object> registeredVariables;

    private SubmissionBenchmark(ConfigurableApplicationContext app, int port, Path data) {
        this.app = app;
        this.port = port;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (SubmissionBenchmark benchmark = start(clients)) {
            benchmark.run(dossiers, clients, benchmark.data.resolve("submission.jfr"));
        }
    }

    /**
     * MotCua on a fresh data directory with the README's defaults (rate limits off: the clients
     * are a handful of citizens filing hundreds of dossiers), and a sandbox token for each client.
     */
    public static SubmissionBenchmark start(int clients) throws Exception {
        Path data = Files.createTempDirectory("motcua-bench");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--motcua.data-dir=" + data,
                "--motcua.admin.password=load-test", "--logging.level.root=WARN", "--motcua.rate-limits.enabled=false"));
        // further settings to compare, e.g. -Dmotcua.bench.args=--camunda.bpm.history-level=full
        arguments.addAll(List.of(System.getProperty("motcua.bench.args", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, arguments.toArray(String[]::new));
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SubmissionBenchmark benchmark = new SubmissionBenchmark(app, port, data);
            benchmark.issueTokens(clients);
            return benchmark;
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    /** A sandbox access token for each client, unless they have fresh ones. */
    private void issueTokens(int clients) throws Exception {
        if (!tokens.isEmpty() && System.nanoTime() - tokensIssuedAt < TOKEN_REISSUE.toNanos()) {
            return;
        }
        SandboxClient sandbox = app.getBean(SandboxClient.class);
        List<String> issued = new ArrayList<>();
        for (var account : DemoRegistry.ACCOUNTS) {
            if (account.level() == 2 && issued.size() < clients) {
                issued.add(SandboxTokens.accessToken(port, sandbox, account.resident().idNumber(),
                        DemoRegistry.DEMO_PASSCODE, DemoRegistry.DEMO_OTP));
            }
        }
        tokens = List.copyOf(issued);
        tokensIssuedAt = System.nanoTime();
    }

    /**
     * Stops MotCua and deletes its data directory (a database of some hundred MB per run, which
     * the CI guard and every benchmark run would otherwise leave in /tmp), unless
     * -Dmotcua.bench.keep=true or a JFR recording is in it.
     */
    @Override
    public void close() throws IOException {
        app.close();
        if (Boolean.getBoolean("motcua.bench.keep") || Files.exists(data.resolve("submission.jfr"))
                || Files.exists(data.resolve("submission.perf.data"))) {
            System.out.println("Data directory kept: " + data);
        } else {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** MotCua's submissions against bare Camunda's starts of the same model, in this order, after a warm-up of both. */
    public record Comparison(Phase motcua, Phase bare) {
        public double registeredRatio() {
            return motcua.registeredRate() / bare.registeredRate();
        }

        public double requestRatio() {
            return motcua.requestRate() / bare.requestRate();
        }
    }

    /** Warms both paths up with {@code warmUp} dossiers each, then measures {@code dossiers} of each. */
    public Comparison compare(int warmUp, int dossiers, int clients) throws Exception {
        String motcuaKey = processId(PROCEDURE);
        String bareKey = BENCHMARK_RUN_PREFIX + motcuaKey;
        if (registeredVariables == null) {
            deployBare(motcuaKey, bareKey);
        }
        registeredVariables = warmUp(motcuaKey, bareKey, warmUp, clients);
        Phase motcua = measure(motcuaKey, dossiers, clients, motcuaMeter, this::submitOverHttp);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        Map<String, Object> variables = registeredVariables;
        // bare Camunda is started by the generator's own threads: their time is the engine's here
        Phase bare = measure(bareKey, dossiers, clients, new CpuMeter(ENGINE_CALLERS_EXCLUDED), () -> {
            Map<String, Object> v = new HashMap<>(variables);
            v.put(VAR_DOSSIER_CODE, "BENCH-" + UUID.randomUUID());
            runtime.startProcessInstanceByKey(bareKey, v);
            return Outcome.FILED;
        });
        return new Comparison(motcua, bare);
    }

    /**
     * MotCua with a share of invalid submissions mixed in (four kinds in turn: a required field left
     * out, a ward that does not exist, a procedure that does not exist, a body that is not JSON).
     * Each invalid one must be refused with 400 and field errors; the phase counts the valid ones.
     */
    public Phase withInvalid(int dossiers, int clients, double invalidShare) throws Exception {
        AtomicInteger sequence = new AtomicInteger();
        int every = (int) Math.round(1 / invalidShare);
        return measure(processId(PROCEDURE), dossiers, clients, motcuaMeter, () -> {
            int n = sequence.incrementAndGet();
            return n % every == 0 ? submitInvalid(n / every % 4) : submitOverHttp();
        });
    }

    /** Every dossier for one office: its filings and registrations contend for its numbers. */
    Phase oneOffice(int dossiers, int clients) throws Exception {
        return measure(processId(PROCEDURE), dossiers, clients, motcuaMeter, this::submitToOneOffice);
    }

    /** Dossier rows, and whether each receiving unit's codes of a day run 1, 2, … without a gap. */
    public record Stored(long dossiers, boolean codesWithoutGaps) {
    }

    public Stored stored() {
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        Long dossiers = jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class);
        // code: <unit>-<yyMMdd>-<number of the day in the unit>
        Long gaps = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT SUBSTRING_INDEX(code, '-', 4) AS day_of_unit,"
                + " COUNT(*) AS filed, MAX(CAST(SUBSTRING_INDEX(code, '-', -1) AS UNSIGNED)) AS last_number"
                + " FROM dossier GROUP BY day_of_unit) d WHERE filed <> last_number", Long.class);
        return new Stored(dossiers == null ? 0 : dossiers, gaps != null && gaps == 0);
    }

    private void run(int dossiers, int clients, Path jfr) throws Exception {
        System.out.printf("MotCua on port %d: %d dossiers of %s from %d clients, %d cores%n", port, dossiers, PROCEDURE,
                clients, Runtime.getRuntime().availableProcessors());
        Comparison comparison = compare(WARM_UP, dossiers, clients);
        Phase motcua = comparison.motcua();
        Phase bare = comparison.bare();
        CpuMeter cpu = motcuaMeter;
        String motcuaKey = processId(PROCEDURE);

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
        Phase oneOffice = oneOffice(dossiers, clients);
        System.out.println(oneOffice.line("MotCua, every dossier to one office"));
        System.out.println("    SQL statements per dossier:" + oneOffice.statementsPerDossier());
        invalidRound(dossiers, clients);
        if (!PROFILE) {
            return;
        }
        if (PROFILER.equals("perf")) {
            perfRound(dossiers, clients, motcuaKey, cpu);
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

    /** The profiled round under perf: the JVM and mariadbd in one profile, the JIT undisturbed. */
    private void perfRound(int dossiers, int clients, String motcuaKey, CpuMeter cpu) throws Exception {
        PerfProfile.Summary profile;
        Phase profiled;
        Path perfData = data.resolve("submission.perf.data");
        issueTokens(clients); // before sampling: a sandbox login's password hashing is no part of a filing
        try (PerfProfile perf = PerfProfile.start(perfData, cpu.mariadbdPid())) {
            profiled = measure(motcuaKey, dossiers, clients, cpu, this::submitOverHttp);
            profile = perf.stop(LOAD_GENERATOR);
        }
        System.out.println(profiled.line("(profiled round, perf)"));
        System.out.print(profile.report((profiled.cpu().motcuaJvm() + profiled.cpu().mariadbd()) / 1e6 / dossiers, 30));
        System.out.println("perf data: " + perfData + " (perf report -i …; Java names from /tmp/perf-"
                + ProcessHandle.current().pid() + ".map)");
    }

    /** The same number of dossiers again, 5 % of them invalid: what they cost, and that they change nothing. */
    private void invalidRound(int dossiers, int clients) throws Exception {
        Stored before = stored();
        Phase mixed = withInvalid(dossiers, clients, INVALID_SHARE);
        Stored after = stored();
        System.out.println(mixed.line(String.format("MotCua, %.0f %% invalid mixed in", INVALID_SHARE * 100)));
        System.out.printf("  %d refused with field errors, %d unexpected answers; dossiers stored %d → %d (+%d, valid ones %d);"
                        + " codes without gaps: %s; CPU per valid dossier %.1f ms%n",
                mixed.refused(), mixed.failed(), before.dossiers(), after.dossiers(), after.dossiers() - before.dossiers(),
                mixed.latencies().size(), after.codesWithoutGaps(),
                (mixed.cpu().motcuaJvm() + mixed.cpu().mariadbd()) / 1e6 / mixed.latencies().size());
    }

    /** MariaDB's statement counters (the whole server: the poller's few queries are in them). */
    private Map<String, Long> statements() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var connection = app.getBean(javax.sql.DataSource.class).getConnection();
             var rows = connection.createStatement().executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                     + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Questions',"
                     + " 'Innodb_row_lock_waits', 'Innodb_row_lock_time')")) {
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

    private Map<String, Object> warmUp(String motcuaKey, String bareKey, int warmUp, int clients) throws Exception {
        CpuMeter cpu = new CpuMeter(LOAD_GENERATOR);
        // in parts, each with fresh tokens: a long warm-up outlasts a token
        for (int done = 0; done < warmUp; done += WARM_UP_PART) {
            measure(motcuaKey, Math.min(WARM_UP_PART, warmUp - done), clients, cpu, this::submitOverHttp);
        }
        RuntimeService runtime = app.getBean(RuntimeService.class);
        var registered = runtime.createProcessInstanceQuery().processDefinitionKey(motcuaKey).listPage(0, 1).get(0);
        Map<String, Object> variables = new HashMap<>(runtime.getVariables(registered.getId()));
        measure(bareKey, warmUp, clients, cpu, () -> {
            Map<String, Object> v = new HashMap<>(variables);
            v.put(VAR_DOSSIER_CODE, "BENCH-" + UUID.randomUUID());
            runtime.startProcessInstanceByKey(bareKey, v);
            return Outcome.FILED;
        });
        return variables;
    }

    /**
     * A dossier for the next ward in turn, so that the dossiers go to the police offices of many
     * wards, as a province's filings do. Each office numbers its dossiers of a day without gaps
     * (its sequence row is locked from the number until the filing commits) and its documents of a
     * year (likewise, until the registration commits): every office serialises its own filings.
     */
    private Outcome submitOverHttp() throws Exception {
        return submitFor(BODIES.get(Math.floorMod(nextWard.getAndIncrement(), BODIES.size())));
    }

    /** A dossier for the first ward's police office: all filings contending for one office's numbers. */
    private Outcome submitToOneOffice() throws Exception {
        return submitFor(BODIES.get(0));
    }

    private Outcome submitFor(String body) throws Exception {
        HttpResponse<String> response = post(body);
        if (response.statusCode() != 201) {
            System.out.println("refused: " + response.statusCode() + " " + response.body());
            return Outcome.FAILED;
        }
        return Outcome.FILED;
    }

    private Outcome submitInvalid(int kind) throws Exception {
        String body = switch (kind) {
            case 0 -> "{\"procedureCode\":\"" + PROCEDURE + "\",\"formData\":"
                    + JSON.writeValueAsString(without(FilledForms.temporaryResidence(), "diaChiTamTru")) + "}";
            case 1 -> "{\"procedureCode\":\"" + PROCEDURE + "\",\"formData\":"
                    + JSON.writeValueAsString(with(FilledForms.temporaryResidence(), "phuongXaTamTru", "99999")) + "}";
            case 2 -> "{\"procedureCode\":\"9.999999\",\"formData\":" + FilledForms.temporaryResidenceJson() + "}";
            default -> "{\"procedureCode\":\"" + PROCEDURE + "\",\"formData\":{";
        };
        HttpResponse<String> response = post(body);
        if (response.statusCode() == 400 && response.body().contains("\"errors\"")) {
            return Outcome.REFUSED;
        }
        System.out.println("invalid submission " + kind + " answered " + response.statusCode() + " " + response.body());
        return Outcome.FAILED;
    }

    private static String body(Map<String, Object> form) {
        try {
            return "{\"procedureCode\":\"" + PROCEDURE + "\",\"formData\":" + JSON.writeValueAsString(form) + "}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> without(Map<String, Object> form, String key) {
        Map<String, Object> copy = new HashMap<>(form);
        copy.remove(key);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    private HttpResponse<String> post(String body) throws Exception {
        String token = tokens.get((int) (Thread.currentThread().getId() % tokens.size()));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What one submission came to: filed (201), refused as invalid input (400 with field errors), or anything else. */
    enum Outcome { FILED, REFUSED, FAILED }

    @FunctionalInterface
    interface Submission {
        Outcome submit() throws Exception;
    }

    public record Phase(int dossiers, double requestSeconds, double registeredSeconds, List<Long> latencies, int refused,
                        int failed, CpuMeter.Reading cpu, Map<String, Long> statements) {

        String statementsPerDossier() {
            StringBuilder out = new StringBuilder();
            // the row-lock figures say how long transactions waited for rows another one held
            // (a unit's daily sequence, its document numbers): time with a core idle, not CPU
            statements.forEach((name, count) -> out.append(String.format(" %s %.1f", name.replace("Com_", "")
                    .replace("Innodb_row_lock_waits", "row-lock waits").replace("Innodb_row_lock_time", "row-lock wait ms"),
                    count / (double) dossiers)));
            return out.toString();
        }

        public double requestRate() {
            return latencies.size() / requestSeconds;
        }

        /** Dossiers filed and registered per second (invalid submissions are not dossiers). */
        public double registeredRate() {
            return latencies.size() / registeredSeconds;
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
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> new Thread(r, GENERATOR_THREAD + threadNumber.incrementAndGet()));
        issueTokens(clients);
        Map<String, Long> statementsBefore = statements();
        CpuMeter.Reading before = cpu.read();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    switch (submission.submit()) {
                        case FILED -> latencies.add(System.nanoTime() - t0);
                        case REFUSED -> refused.incrementAndGet();
                        case FAILED -> failed.incrementAndGet();
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
        return new Phase(dossiers, requestSeconds, registeredSeconds, latencies, refused.get(), failed.get(), used, statements);
    }
}
