package vn.motcua.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB 11.4 of its own for a cluster of MotCua nodes: the embedded server, run on its own from
 * the MotCua jar ({@code vn.motcua.engine.database.StandaloneDatabase}), as docs/deploy.md shows.
 */
public final class DatabaseServer implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final Path log;

    private DatabaseServer(Path dataDir, int port, Process process, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static DatabaseServer start(String name) {
        return onDataDir(MotCuaServer.runsDirectory().resolve(name + "-" + System.currentTimeMillis()));
    }

    /** The database of this data directory ({@code mariadb/}, passwords in {@code secrets/}), on its own. */
    public static DatabaseServer onDataDir(Path dataDir) {
        return onDataDir(dataDir, 0);
    }

    /** The same database started again on the port its clients know. */
    public DatabaseServer restart() {
        close();
        return onDataDir(dataDir, port);
    }

    private static DatabaseServer onDataDir(Path dataDir, int requestedPort) {
        Path jar = Path.of(System.getProperty("motcua.jar", "../ui/target/motcua/motcua.jar")).toAbsolutePath().normalize();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        try (ServerSocket free = new ServerSocket(requestedPort)) {
            int port = free.getLocalPort();
            free.close();
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", jar.toString(), "vn.motcua.engine.database.StandaloneDatabase",
                    dataDir.toString(), String.valueOf(port)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            DatabaseServer server = new DatabaseServer(dataDir, port, process, log);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!server.output().contains("MotCua database ready")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The standalone database did not start:\n" + server.output());
                }
                Thread.sleep(200);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Where MotCua unpacks the MariaDB 11.4 binaries and the client tools shipped with them. */
    public static final Path MARIADB = Path.of(System.getProperty("java.io.tmpdir"), "motcua-mariadb-11.4.5");

    /** Runs one of the MariaDB client tools shipped beside mariadbd (they need its libraries). */
    public static void runTool(Path output, Path input, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("LD_LIBRARY_PATH", MARIADB.resolve("libs").toString());
            Path log = Files.createTempFile("mariadb-tool", ".log");
            builder.redirectError(log.toFile());
            if (output != null) {
                builder.redirectOutput(output.toFile());
            }
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            try {
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(command[0] + " failed: " + Files.readString(log));
                }
            } finally {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One SQL query's result rows, tab-separated, through the mariadb client. */
    public String query(String sql) {
        try {
            Path out = Files.createTempFile("mariadb-query", ".tsv");
            try {
                runTool(out, null, MARIADB.resolve("bin/mariadb").toString(), "--protocol=tcp", "-h", "127.0.0.1",
                        "-P", String.valueOf(port), "-u", user(), "-p" + password(), "-N", "-B", "motcua", "-e", sql);
                return Files.readString(out, StandardCharsets.UTF_8).strip();
            } finally {
                Files.delete(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/motcua";
    }

    public String user() {
        return "motcua";
    }

    public String password() {
        try {
            return Files.readString(dataDir.resolve("secrets/mariadb-motcua.password"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment a MotCua node needs to use this database. */
    public MotCuaServer node(MotCuaServer server) {
        return server.withEnv("MOTCUA_DB_URL", jdbcUrl()).withEnv("MOTCUA_DB_USER", user())
                .withEnv("MOTCUA_DB_PASSWORD", password());
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
