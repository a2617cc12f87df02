package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's limits, on a server that keeps dying: restarted up to three times within ten
 * minutes, then MotCua exits with status 3 instead of answering 503 for ever. (The restart of a
 * real mariadbd is DatabaseCrashTest's.)
 */
class EmbeddedDatabaseWatchdogTest {

    /** A server that dies again right after every restart, unless told to stay up. */
    static final class DyingServer implements WatchedServer {
        boolean alive;
        boolean stopping;
        boolean startFails;
        int restarts;

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public boolean stopping() {
            return stopping;
        }

        @Override
        public OptionalInt exitCode() {
            return alive ? OptionalInt.empty() : OptionalInt.of(137);
        }

        @Override
        public boolean restart() {
            if (startFails) {
                throw new DatabaseStartupException("mariadbd did not start", "check the disk", null);
            }
            restarts++;
            return true;
        }

        @Override
        public Path dataDir() {
            return Path.of("/tmp/motcua-test-data");
        }
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final DyingServer server = new DyingServer();
    private final MovingClock clock = new MovingClock();
    private final List<Integer> exits = new ArrayList<>();
    private final EmbeddedDatabaseWatchdog watchdog = new EmbeddedDatabaseWatchdog(server, clock, exits::add);

    @Test
    void aServerThatDiesAFourthTimeWithinTenMinutesEndsMotCuaWithStatusThree() {
        for (int death = 1; death <= 3; death++) {
            watchdog.check();
            clock.now = clock.now.plus(Duration.ofMinutes(2));
        }
        assertThat(server.restarts).isEqualTo(3);
        assertThat(exits).isEmpty();

        watchdog.check();
        assertThat(server.restarts).as("not restarted a fourth time").isEqualTo(3);
        assertThat(exits).containsExactly(EmbeddedDatabaseWatchdog.EXIT_DATABASE_LOST);

        watchdog.check();
        assertThat(exits).as("given up once").hasSize(1);
    }

    @Test
    void deathsFurtherApartThanTheWindowAreRestartedEachTime() {
        for (int death = 1; death <= 6; death++) {
            watchdog.check();
            clock.now = clock.now.plus(Duration.ofMinutes(4));
        }
        assertThat(server.restarts).isEqualTo(6);
        assertThat(exits).isEmpty();
    }

    @Test
    void aServerThatWillNotStartAgainEndsMotCuaAtOnce() {
        server.startFails = true;
        watchdog.check();
        assertThat(exits).containsExactly(EmbeddedDatabaseWatchdog.EXIT_DATABASE_LOST);
    }

    @Test
    void aLiveServerOrOneBeingShutDownIsLeftAlone() {
        server.alive = true;
        watchdog.check();
        server.alive = false;
        server.stopping = true;
        watchdog.check();
        assertThat(server.restarts).isZero();
        assertThat(exits).isEmpty();
    }
}
