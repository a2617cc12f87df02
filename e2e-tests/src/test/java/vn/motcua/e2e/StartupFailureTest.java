package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.support.MotCuaServer;

/** Bad input at startup: one clear message, a non-zero exit, nothing deleted, nothing left running. */
class StartupFailureTest {

    @Test
    void aDataDirectoryThatIsNotMariaDbsIsRefusedAndLeftUntouched() throws IOException {
        MotCuaServer server = MotCuaServer.onFreshDataDir("not-mariadb");
        Path notes = Files.createDirectories(server.dataDir().resolve("mariadb")).resolve("notes.txt");
        Files.writeString(notes, "my notes");

        server.launch();

        assertThat(server.awaitExit(Duration.ofSeconds(90))).hasValueSatisfying(code -> assertThat(code).isNotZero());
        assertThat(server.output()).contains(server.dataDir().resolve("mariadb")
                + " is not a MariaDB data directory (it is not empty and holds no MariaDB system schema);"
                + " MotCua left it untouched.");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
        assertThat(Files.list(notes.getParent())).containsExactly(notes);
    }

    @Test
    void aPortInUseStopsStartupAndTheEmbeddedDatabaseWithIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            MotCuaServer server = MotCuaServer.onFreshDataDir("port-in-use")
                    .withEnv("SERVER_PORT", String.valueOf(taken.getLocalPort()))
                    .launch();

            assertThat(server.awaitExit(Duration.ofSeconds(150))).hasValueSatisfying(code -> assertThat(code).isNotZero());
            assertThat(server.output()).contains("Port " + taken.getLocalPort() + " was already in use.");
            assertThat(server.mariadbdProcesses()).isEmpty();
        }
    }

    @Test
    void anUnreachableExternalDatabaseStopsStartupWithOneClearMessage() {
        MotCuaServer server = MotCuaServer.onFreshDataDir("external-unreachable")
                .withEnv("MOTCUA_DB_URL", "jdbc:mariadb://127.0.0.1:1/motcua")
                .withEnv("MOTCUA_DB_USER", "motcua")
                .withEnv("MOTCUA_DB_PASSWORD", "secret")
                .launch();

        assertThat(server.awaitExit(Duration.ofSeconds(90))).hasValueSatisfying(code -> assertThat(code).isNotZero());
        assertThat(server.output()).contains("Cannot connect to the external MariaDB at jdbc:mariadb://127.0.0.1:1/motcua");
        assertThat(server.mariadbdProcesses()).isEmpty();
        assertThat(server.dataDir().resolve("mariadb")).doesNotExist();
    }
}
