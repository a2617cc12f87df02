package vn.motcua.engine.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mariadbd left behind by a MotCua that was killed (kill -9, power loss of the JVM only) still
 * holds the data directory's locks. Its pid file tells us; we stop it cleanly before starting anew.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("mariadbd.pid");
    }

    static void stopIfRunning(Path dataDir) {
        Optional<ProcessHandle> stale = readPid(pidFile(dataDir))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
        stale.ifPresent(process -> {
            log.warn("A mariadbd (pid {}) from an earlier run still uses {}; stopping it", process.pid(), dataDir);
            process.destroy();
            waitForExit(process.onExit(), Duration.ofSeconds(30), process);
        });
    }

    private static void waitForExit(CompletableFuture<ProcessHandle> exit, Duration timeout, ProcessHandle process) {
        try {
            exit.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot wait for mariadbd " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
