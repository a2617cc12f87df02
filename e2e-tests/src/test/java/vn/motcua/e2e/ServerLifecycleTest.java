package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.support.MotCuaServer;

/** Start, stop and start again as an operator would, on one data directory. */
class ServerLifecycleTest {

    @Test
    void theReadmeCommandStartsRecordsItsClassDataArchiveAndRestartsOnItKeepingTheDataAndStopsWithin15Seconds() throws IOException {
        String password;
        Path archives = MotCuaServer.runsDirectory().resolve("cds-" + System.currentTimeMillis());
        MotCuaServer first = MotCuaServer.onFreshDataDir("lifecycle").withRunScript(archives).start();
        try {
            assertThat(first.baseUrl()).matches("http://localhost:\\d+");
            assertThat(first.get("/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
            password = first.generatedAdminPassword().orElseThrow(
                    () -> new AssertionError("the first start must print the generated password:\n" + first.output()));
            assertThat(first.get("/engine-rest/engine", "admin", password).statusCode()).isEqualTo(200);
            assertThat(first.mariadbdProcesses()).hasSize(1);
            // start-up gives back what it no longer needs; the 1,084 parsed models are not kept (#16)
            var compacted = first.awaitOutput(Pattern.compile("Start-up heap compacted in \\d+ ms: committed \\d+ MiB -> (\\d+) MiB"
                    + " \\((\\d+) MiB live\\)"), Duration.ofSeconds(1)).orElseThrow(() -> new AssertionError(first.output()));
            assertThat(Integer.parseInt(compacted.group(2))).as("live heap after a first start, MiB").isLessThan(300);
        } finally {
            // this first run of the build also writes its class-data archive after everything has
            // stopped (about 10 s on two cores), once per build; the restart below must stop in 15 s
            Duration stop = first.terminate();
            System.out.printf("SIGTERM of the first run (archive recorded): process gone after %d ms%n", stop.toMillis());
            assertThat(stop).isLessThan(Duration.ofSeconds(40));
        }
        assertThat(first.isAlive()).isFalse();
        assertThat(first.mariadbdProcesses()).isEmpty();
        // the first run of a build records the classes it loaded when it stops (scripts/run.sh, #16)
        List<Path> recorded;
        try (Stream<Path> files = Files.list(archives)) {
            recorded = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
        assertThat(recorded).as("class-data archive recorded at the first stop").hasSize(1);
        assertThat(Files.size(recorded.get(0))).isGreaterThan(10_000_000L);

        MotCuaServer second = MotCuaServer.on(first.dataDir()).withRunScript(archives).start();
        try {
            assertThat(Files.readString(Path.of("/proc", String.valueOf(second.pid()), "maps")))
                    .as("the restart maps the archive instead of loading its classes from the jars")
                    .contains(recorded.get(0).toString());
            assertThat(second.generatedAdminPassword()).as("the password is printed only once").isEmpty();
            assertThat(second.get("/engine-rest/engine", "admin", password).statusCode())
                    .as("the administrator created at the first start is still there")
                    .isEqualTo(200);
        } finally {
            assertThat(second.terminate()).isLessThan(Duration.ofSeconds(15));
        }
        assertThat(second.mariadbdProcesses()).isEmpty();
    }

    @Test
    void sigtermDuringStartUpEndsWithin15SecondsAndTheDataDirectoryStartsAgain() {
        MotCuaServer starting = MotCuaServer.onFreshDataDir("sigterm-at-start").launch();
        // the database runs and the models are being deployed: the start is well under way
        assertThat(starting.awaitOutput(java.util.regex.Pattern.compile("Embedded MariaDB 11.4 running"), Duration.ofSeconds(120)))
                .as(starting.output()).isPresent();
        Duration stop = starting.terminate();
        System.out.printf("SIGTERM during start-up: process gone after %d ms%n", stop.toMillis());
        assertThat(stop).isLessThan(Duration.ofSeconds(15));
        assertThat(starting.isAlive()).isFalse();
        assertThat(starting.mariadbdProcesses()).isEmpty();

        // started again as the single-file jar: the other way the README runs the same build
        try (MotCuaServer again = MotCuaServer.on(starting.dataDir()).withSingleFileJar().start()) {
            assertThat(again.output()).contains("ui/target/motcua.jar");
            assertThat(again.get("/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
        }
    }
}
