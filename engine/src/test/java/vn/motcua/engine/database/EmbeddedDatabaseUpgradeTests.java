package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by an earlier MotCua, whose mariadbd ran without grant tables (anyone
 * could connect as anyone): this version starts on it in place, keeps every row, and from then on
 * refuses connections without the password.
 */
class EmbeddedDatabaseUpgradeTests {

    @TempDir
    Path work;

    @Test
    void anOpenDataDirectoryOfAnEarlierVersionIsLockedInPlaceWithNothingLost() throws Exception {
        MariaDbBinaries binaries = MariaDbBinaries.unpackedInto(new DatabaseProperties.Embedded(0, "motcua", null, "128M").baseDirOrDefault());
        Path dataDir = work.resolve("data/mariadb");
        Files.createDirectories(dataDir);
        binaries.install(dataDir);
        int oldPort = FreePort.find();
        List<String> oldArguments = new java.util.ArrayList<>(List.of("--datadir=" + dataDir, "--port=" + oldPort,
                "--bind-address=127.0.0.1", "--socket=" + work.resolve("old.sock"), "--skip-grant-tables",
                "--pid-file=" + StaleServer.pidFile(dataDir)));
        if (MariaDbBinaries.runningAsRoot()) {
            oldArguments.add("--user=root");
        }
        Process old = binaries.serverProcess(oldArguments).redirectOutput(work.resolve("old.log").toFile()).start();
        try {
            String oldUrl = "jdbc:mariadb://127.0.0.1:" + oldPort + "/";
            awaitConnectable(oldUrl);
            try (Connection c = DriverManager.getConnection(oldUrl, "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE motcua CHARACTER SET utf8mb4");
                s.execute("CREATE TABLE motcua.kept (id INT PRIMARY KEY, note VARCHAR(40))");
                s.execute("INSERT INTO motcua.kept VALUES (1, 'hồ sơ cũ')");
            }
        } finally {
            old.destroy();
            assertThat(old.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(work.resolve("data/secrets"));
        EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(dataDir, binaries, 0, credentials, "motcua");
        try {
            try (Connection c = DriverManager.getConnection(upgraded.jdbcUrl("motcua"), credentials.applicationUser(),
                    credentials.applicationPassword()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("hồ sơ cũ");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl("motcua"), "root", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl("motcua"), credentials.applicationUser(), ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        } finally {
            upgraded.shutdown();
        }
    }

    @Test
    void theServerOffersTlsWithOneOwnerOnlyCertificateKeptAcrossRestarts() throws Exception {
        MariaDbBinaries binaries = MariaDbBinaries.unpackedInto(new DatabaseProperties.Embedded(0, "motcua", null, "128M").baseDirOrDefault());
        Path dataDir = work.resolve("data/mariadb");
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(work.resolve("data/secrets"));
        Path certificate = work.resolve("data/mariadb-tls/server-cert.pem");
        Path key = work.resolve("data/mariadb-tls/server-key.pem");
        byte[] first;
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, binaries, 0, credentials, "motcua");
        try {
            assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(key)).isTrue();
            assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(key.getParent())).isTrue();
            first = Files.readAllBytes(certificate);
            assertThat(tlsCertificateOf(db, credentials)).isEqualTo(certificate.toString());
        } finally {
            db.shutdown();
        }
        EmbeddedMariaDb restarted = EmbeddedMariaDb.start(dataDir, binaries, 0, credentials, "motcua");
        try {
            assertThat(Files.readAllBytes(certificate)).isEqualTo(first);
            assertThat(tlsCertificateOf(restarted, credentials)).isEqualTo(certificate.toString());
        } finally {
            restarted.shutdown();
        }
    }

    /** The certificate file the server uses, read over a TLS connection (which fails if it offers none). */
    private static String tlsCertificateOf(EmbeddedMariaDb db, EmbeddedCredentials credentials) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("motcua") + "?sslMode=trust",
                credentials.applicationUser(), credentials.applicationPassword());
             Statement s = c.createStatement();
             ResultSet cipher = s.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            assertThat(cipher.next()).isTrue();
            assertThat(cipher.getString(2)).as("TLS cipher of this connection").isNotBlank();
            try (ResultSet file = s.executeQuery("SELECT @@ssl_cert")) {
                assertThat(file.next()).isTrue();
                return file.getString(1);
            }
        }
    }

    private static void awaitConnectable(String url) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the old-style server did not start", e);
                }
                Thread.sleep(200);
            }
        }
    }
}
