package vn.motcua.engine.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Notices within a second that the embedded mariadbd is gone (killed, crashed) and starts it again
 * on the same port and data, so the portal resumes without an operator; meanwhile requests fail
 * fast (the pool waits at most {@link DataSourceConfiguration#CONNECTION_TIMEOUT}) and health is DOWN.
 * A server that keeps dying — more than {@value #MAX_RESTARTS} restarts in {@link #RESTART_WINDOW},
 * or one that will not start — is not restarted for ever: MotCua logs why and exits, so that the
 * service manager and the operator see a failed service instead of a portal that answers 503 for ever.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseWatchdog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);
    static final int MAX_RESTARTS = 3;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** The exit status when the embedded database cannot be kept running. */
    static final int EXIT_DATABASE_LOST = 3;

    private final WatchedServer db;
    private final Clock clock;
    /** Ends MotCua with the given status; from another thread, as closing the context stops this watchdog too. */
    private final IntConsumer exit;
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private volatile boolean gaveUp;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mariadbd-watchdog");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    EmbeddedDatabaseWatchdog(EmbeddedMariaDb db, ApplicationContext context, Clock clock) {
        this(db, clock, status -> new Thread(() -> System.exit(SpringApplication.exit(context, () -> status)),
                "motcua-exit").start());
        checks.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Unscheduled: {@link #check()} runs when called (tests). */
    EmbeddedDatabaseWatchdog(WatchedServer db, Clock clock, IntConsumer exit) {
        this.db = db;
        this.clock = clock;
        this.exit = exit;
    }

    void check() {
        if (gaveUp || db.isAlive() || db.stopping()) {
            return;
        }
        log.error("The embedded MariaDB has died (exit status {}); restarting it on the same data directory",
                db.exitCode().isPresent() ? db.exitCode().getAsInt() : "unknown");
        Instant now = clock.instant();
        while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(RESTART_WINDOW))) {
            restarts.removeFirst();
        }
        if (restarts.size() >= MAX_RESTARTS) {
            giveUp("it died " + (MAX_RESTARTS + 1) + " times within " + RESTART_WINDOW.toMinutes() + " minutes", null);
            return;
        }
        restarts.addLast(now);
        try {
            db.restart();
        } catch (RuntimeException e) {
            giveUp("it does not start again: " + e.getMessage(), e);
        }
    }

    private void giveUp(String why, Exception cause) {
        log.error("FATAL: the embedded MariaDB cannot be kept running ({}). MotCua stops; check the disk and {}"
                + " and start it again.", why, db.dataDir(), cause);
        gaveUp = true;
        checks.shutdown();
        exit.accept(EXIT_DATABASE_LOST);
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
