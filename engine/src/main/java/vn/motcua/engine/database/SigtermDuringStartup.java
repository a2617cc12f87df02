package vn.motcua.engine.database;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * SIGTERM while MotCua is still starting (deploying a thousand models takes a while) must end the
 * process promptly, not after the start-up has finished: Spring's own shutdown hook waits for the
 * context's refresh to complete. This hook, installed before the start, stops the embedded mariadbd
 * cleanly (InnoDB flushes and closes; the data directory stays consistent) and halts the JVM;
 * nothing that was being started has acknowledged anything to anyone yet. Once MotCua is ready —
 * or has failed to start — it steps aside and the ordinary graceful shutdown applies.
 */
public final class SigtermDuringStartup {

    private static final Logger log = LoggerFactory.getLogger(SigtermDuringStartup.class);
    /** The exit status of a process ended by SIGTERM (128 + 15). */
    static final int EXIT_TERMINATED = 143;

    enum Phase { STARTING, READY, FAILED }

    private static final AtomicReference<Phase> phase = new AtomicReference<>(Phase.STARTING);
    private static final Set<EmbeddedMariaDb> servers = ConcurrentHashMap.newKeySet();

    private SigtermDuringStartup() {
    }

    /** Installs the hook and the listeners that tell it when the start-up is over. */
    public static void install(SpringApplication application) {
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                phase.compareAndSet(Phase.STARTING, Phase.READY);
            } else if (event instanceof ApplicationFailedEvent) {
                phase.compareAndSet(Phase.STARTING, Phase.FAILED);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(SigtermDuringStartup::onTermination, "motcua-sigterm-during-startup"));
    }

    static void started(EmbeddedMariaDb server) {
        servers.add(server);
    }

    static void stopped(EmbeddedMariaDb server) {
        servers.remove(server);
    }

    private static void onTermination() {
        if (phase.get() != Phase.STARTING) {
            return;
        }
        log.warn("Stopped during start-up: stopping the embedded MariaDB and exiting");
        for (EmbeddedMariaDb server : servers) {
            server.shutdown();
        }
        Runtime.getRuntime().halt(EXIT_TERMINATED);
    }
}
