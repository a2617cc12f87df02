package vn.motcua.engine.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Decides whether a data directory is new, MariaDB's, or something MotCua must not touch. */
final class DataDirectoryCheck {

    private DataDirectoryCheck() {
    }

    /**
     * @return true if the directory does not exist or is empty, false if it holds a MariaDB data directory
     * @throws DatabaseStartupException if it holds anything else; nothing in it is changed
     */
    static boolean isFresh(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw notADataDirectory(dataDir, "it is a file");
        }
        if (!Files.isDirectory(dataDir) || isEmpty(dataDir)) {
            return true;
        }
        if (!Files.isDirectory(dataDir.resolve("mysql")) || !Files.exists(dataDir.resolve("aria_log_control"))) {
            throw notADataDirectory(dataDir, "it is not empty and holds no MariaDB system schema");
        }
        return false;
    }

    private static DatabaseStartupException notADataDirectory(Path dataDir, String why) {
        return new DatabaseStartupException(
                dataDir + " is not a MariaDB data directory (" + why + "); MotCua left it untouched.",
                "Set MOTCUA_DATA_DIR to a directory that is empty or was created by MotCua.", null);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
