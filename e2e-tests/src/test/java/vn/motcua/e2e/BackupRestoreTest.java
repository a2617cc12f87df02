package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.support.DatabaseServer;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;

/**
 * The backup and restore of docs/deploy.md, step by step: mariadb-dump of the running embedded
 * server plus the data directory's files; restored into a new data directory through the standalone
 * database; the portal started there knows the dossier and verifies the receipt signed before.
 */
class BackupRestoreTest {

    private static final String ADMIN_PASSWORD = "Backup-Admin-2026-secret";

    @Test
    void aDumpAndTheDataFilesRestoreAWorkingPortalWithItsDossiersAndDocuments() throws Exception {
        Path dump;
        String instance;
        byte[] receipt;
        MotCuaServer original = MotCuaServer.onFreshDataDir("backup").withEnv("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD).start();
        try {
            instance = EngineRest.startTemporaryResidence(original, ADMIN_PASSWORD, "ca-xa-00004-backup-0001");
            String receiptId = EngineRest.awaitVariable(original, ADMIN_PASSWORD, instance, "receiptDocumentId");
            receipt = Files.readAllBytes(original.dataDir().resolve("documents/" + receiptId + ".pdf"));
            // the backup, as docs/deploy.md §4 says: mariadb-dump of the running server, then the files
            String port = original.awaitOutput(Pattern.compile("running on 127.0.0.1:(\\d+)"), Duration.ofSeconds(1))
                    .orElseThrow().group(1);
            dump = original.dataDir().resolveSibling(original.dataDir().getFileName() + ".sql");
            DatabaseServer.runTool(dump, null, DatabaseServer.MARIADB.resolve("bin/mariadb-dump").toString(), "--protocol=tcp", "-h", "127.0.0.1", "-P", port,
                    "-u", "motcua", "-p" + secret(original.dataDir(), "mariadb-motcua.password"), "--single-transaction",
                    "--databases", "motcua");
        } finally {
            original.terminate();
        }
        assertThat(Files.size(dump)).isGreaterThan(100_000);

        // the restore into a new data directory: the files, then the dump through the standalone database
        Path restored = MotCuaServer.runsDirectory().resolve("restored-" + System.currentTimeMillis());
        for (String folder : List.of("attachments", "documents", "pki", "secrets", "payment", "vneid-sandbox")) {
            copyTree(original.dataDir().resolve(folder), restored.resolve(folder));
        }
        try (DatabaseServer database = DatabaseServer.onDataDir(restored)) {
            DatabaseServer.runTool(null, dump, DatabaseServer.MARIADB.resolve("bin/mariadb").toString(), "--protocol=tcp", "-h", "127.0.0.1",
                    "-P", String.valueOf(database.port()), "-u", "motcua", "-p" + secret(restored, "mariadb-motcua.password"));
        }
        try (MotCuaServer again = MotCuaServer.on(restored).withEnv("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD).start()) {
            var found = again.get("/engine-rest/process-instance/" + instance, "admin", ADMIN_PASSWORD);
            assertThat(found.statusCode()).as("the dossier's process is back: " + found.body()).isEqualTo(200);
            assertThat(found.body()).contains("ca-xa-00004-backup-0001");
            String verdict = verify(again, receipt);
            assertThat(verdict).contains("\"status\":\"VALID\"").contains("ca-xa-00004-backup-0001");
        }
    }

    private static String verify(MotCuaServer node, byte[] pdf) throws Exception {
        String boundary = "motcua-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bien-nhan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/documents/verify"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String secret(Path dataDir, String name) throws IOException {
        return Files.readString(dataDir.resolve("secrets").resolve(name), StandardCharsets.UTF_8).strip();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
