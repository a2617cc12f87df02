package vn.motcua.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MotCua as a user runs it: {@code java -jar ui/target/motcua/motcua.jar} (what {@code scripts/run.sh}
 * runs, without its class-data archive) in its own process, with its own data directory and a port
 * it picks itself, read back from the "ready" line it prints.
 */
public final class MotCuaServer implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("MotCua ready at (http://localhost:(\\d+))");
    private static final Pattern GENERATED_PASSWORD =
            Pattern.compile("Camunda administrator created: user '([^']+)', password '([^']+)'");

    private final Path dataDir;
    private final Path log;
    private final Map<String, String> environment;
    private Path classDataArchives;
    private boolean singleFileJar;
    private Process process;
    private String baseUrl;

    private MotCuaServer(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
    }

    /** A server on a data directory of its own below {@code target/runs}. */
    public static MotCuaServer onFreshDataDir(String name) {
        return on(workDir().resolve(name + "-" + System.currentTimeMillis()));
    }

    /** Where the journeys' servers keep their data directories and logs. */
    public static Path runsDirectory() {
        return workDir();
    }

    public static MotCuaServer on(Path dataDir) {
        // the journeys drive the engine through its REST API, which is off by default
        return new MotCuaServer(dataDir, new HashMap<>(Map.of("SERVER_PORT", "0", "MOTCUA_ENGINE_REST_ENABLED", "true")));
    }

    public MotCuaServer withEnv(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Starts through the README's run command, {@code scripts/run.sh}, keeping its class-data
     * sharing archives in the given directory.
     */
    public MotCuaServer withRunScript(Path archives) {
        this.classDataArchives = archives;
        return this;
    }

    /** Starts the build's single-file jar, {@code java -jar ui/target/motcua.jar}, instead of the extracted layout. */
    public MotCuaServer withSingleFileJar() {
        this.singleFileJar = true;
        return this;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the jar and returns without waiting. */
    public MotCuaServer launch() {
        Path jar = (singleFileJar ? Path.of("..", "ui", "target", "motcua.jar")
                : Path.of(System.getProperty("motcua.jar", "../ui/target/motcua/motcua.jar"))).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw package)");
        }
        ProcessBuilder builder;
        if (classDataArchives == null) {
            builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString()));
        } else {
            // the script runs the build's ui/target/motcua/ and ends in exec java: the process is the JVM
            Path script = Path.of("..", "scripts", "run.sh").toAbsolutePath().normalize();
            builder = new ProcessBuilder(List.of("bash", script.toString()));
            builder.environment().put("MOTCUA_CDS_DIR", classDataArchives.toString());
            builder.environment().put("JAVA_OPTS", "-Xmx768m");
            builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                    + builder.environment().getOrDefault("PATH", ""));
        }
        builder.environment().put("MOTCUA_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts the jar and waits for its "ready" line. */
    public MotCuaServer start() {
        launch();
        return awaitReady();
    }

    /** Waits for the "ready" line of a launched server. */
    public MotCuaServer awaitReady() {
        Matcher ready = awaitOutput(READY, Duration.ofSeconds(150))
                .orElseThrow(() -> new IllegalStateException("MotCua did not get ready; output:\n" + output()));
        baseUrl = ready.group(1);
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The administrator password MotCua generated and printed at this start, if it did. */
    public Optional<String> generatedAdminPassword() {
        Matcher m = GENERATED_PASSWORD.matcher(output());
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    public Optional<Matcher> awaitOutput(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(output());
            if (m.find()) {
                return Optional.of(m);
            }
            if (!process.isAlive()) {
                m = pattern.matcher(output());
                return m.find() ? Optional.of(m) : Optional.empty();
            }
            sleep(200);
        }
        return Optional.empty();
    }

    /** Waits for the process to end by itself; empty if it is still running after the timeout. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would, and measures how long the exit takes. */
    public Duration terminate() {
        long start = System.nanoTime();
        process.destroy();
        awaitExit(Duration.ofSeconds(60));
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** kill -9: the node dies with whatever it had in hand. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** mariadbd processes whose command line names this server's data directory. */
    public List<ProcessHandle> mariadbdProcesses() {
        String marker = "--datadir=" + dataDir.resolve("mariadb").toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(marker)).orElse(false))
                .toList();
    }

    /** POSTs JSON, with HTTP Basic credentials when a user is given. */
    public HttpResponse<String> postJson(String path, String user, String password, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            terminate();
        }
    }

    static Path workDir() {
        return Path.of(System.getProperty("motcua.workdir", "target/runs")).toAbsolutePath().normalize();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
