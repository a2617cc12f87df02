package vn.motcua.engine.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.motcua.engine.DataDirectory;

/**
 * Starts the embedded mariadbd as soon as the configuration is known, in the background, while
 * Spring builds the context and Tomcat: about three seconds of every start that were spent
 * waiting for "ready for connections" after the context had got to the DataSource. The DataSource's
 * bean takes the running server ({@link #take}); if the start-up fails before that, the server is
 * stopped again. Installed by the application's {@code main} only, so tests and tools that build
 * their own contexts start their database as before.
 */
public final class EarlyEmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedDatabase.class);
    private static final AtomicReference<Early> starting = new AtomicReference<>();

    private record Early(Path dataDir, CompletableFuture<EmbeddedMariaDb> server) {
    }

    private EarlyEmbeddedDatabase() {
    }

    public static void install(SpringApplication application) {
        application.addListeners(event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                begin(prepared.getEnvironment());
            } else if (event instanceof ApplicationFailedEvent) {
                abandon();
            }
        });
    }

    private static void begin(ConfigurableEnvironment environment) {
        if (EmbeddedDatabaseCondition.externalConfigured(environment)) {
            return; // an external database: nothing to start
        }
        Binder binder = Binder.get(environment);
        DataDirectory dataDirectory = binder.bind("motcua", DataDirectory.class)
                .orElseGet(() -> new DataDirectory(Path.of("./data")));
        DatabaseProperties properties = binder.bindOrCreate("motcua.db", DatabaseProperties.class);
        Path dataDir = dataDirectory.resolve("mariadb");
        CompletableFuture<EmbeddedMariaDb> server = CompletableFuture.supplyAsync(
                () -> DataSourceConfiguration.startEmbedded(properties, dataDirectory),
                runnable -> {
                    Thread thread = new Thread(runnable, "mariadbd-early-start");
                    thread.setDaemon(true);
                    thread.start();
                });
        starting.set(new Early(dataDir, server));
    }

    /**
     * The server started early for this data directory, once it is up (its start-up error if it
     * failed); empty when none was started, or one for another directory (then it is stopped).
     */
    static Optional<EmbeddedMariaDb> take(Path dataDir) {
        Early early = starting.getAndSet(null);
        if (early == null) {
            return Optional.empty();
        }
        EmbeddedMariaDb server;
        try {
            server = early.server().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // DatabaseStartupException keeps its failure analysis
            }
            throw e;
        }
        if (!early.dataDir().equals(dataDir)) {
            log.warn("Embedded MariaDB started early on {} but the context wants {}: stopping it", early.dataDir(), dataDir);
            server.shutdown();
            return Optional.empty();
        }
        return Optional.of(server);
    }

    /** The start-up failed before the DataSource took the server: stop it, do not leave it behind. */
    private static void abandon() {
        Early early = starting.getAndSet(null);
        if (early != null) {
            early.server().thenAccept(EmbeddedMariaDb::shutdown);
        }
    }
}
