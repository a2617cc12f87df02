package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryCheckTests {

    @TempDir
    Path temp;

    @Test
    void aMissingOrEmptyDirectoryIsFresh() throws IOException {
        assertThat(DataDirectoryCheck.isFresh(temp.resolve("missing"))).isTrue();
        assertThat(DataDirectoryCheck.isFresh(Files.createDirectory(temp.resolve("empty")))).isTrue();
    }

    @Test
    void aDirectoryWithMariaDbsSystemSchemaIsReused() throws IOException {
        Path dataDir = Files.createDirectories(temp.resolve("db/mysql")).getParent();
        Files.createFile(dataDir.resolve("aria_log_control"));
        assertThat(DataDirectoryCheck.isFresh(dataDir)).isFalse();
    }

    @Test
    void anyOtherDirectoryIsRefusedAndLeftAsItWas() throws IOException {
        Path dataDir = Files.createDirectory(temp.resolve("photos"));
        Path photo = Files.writeString(dataDir.resolve("holiday.jpg"), "not a database");
        assertThatThrownBy(() -> DataDirectoryCheck.isFresh(dataDir))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessage(dataDir + " is not a MariaDB data directory (it is not empty and holds no MariaDB"
                        + " system schema); MotCua left it untouched.");
        assertThat(Files.readString(photo)).isEqualTo("not a database");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("mariadb"), "x");
        assertThatThrownBy(() -> DataDirectoryCheck.isFresh(file))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("(it is a file)");
    }
}
