package vn.motcua.engine.database;

import java.nio.file.Path;

/**
 * The embedded MariaDB 11.4 on its own, for a cluster of MotCua nodes on one machine (a test bed, a
 * demonstration; a province runs its own MariaDB server — docs/deploy.md). It listens on 127.0.0.1
 * only, with the schema {@code motcua} and the account {@code motcua}, whose password it keeps in
 * {@code <data dir>/secrets/mariadb-motcua.password} (owner-only), and stops cleanly on SIGTERM:
 * <pre>
 * java -cp ui/target/motcua/motcua.jar vn.motcua.engine.database.StandaloneDatabase ./data-db 3307
 * </pre>
 * or, from the single-file jar, {@code java -Dloader.main=vn.motcua.engine.database.StandaloneDatabase
 * -cp motcua.jar org.springframework.boot.loader.launch.PropertiesLauncher ./data-db 3307}.
 * Each node then runs with {@code MOTCUA_DB_URL=jdbc:mariadb://127.0.0.1:3307/motcua},
 * {@code MOTCUA_DB_USER=motcua} and {@code MOTCUA_DB_PASSWORD} from that file.
 */
public final class StandaloneDatabase {

    private StandaloneDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[1].matches("\\d{2,5}")) {
            System.err.println("usage: StandaloneDatabase <data dir> <port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[1]);
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir.resolve("secrets"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"),
                MariaDbBinaries.unpackedInto(new DatabaseProperties.Embedded(port, "motcua", null, "256M").baseDirOrDefault()),
                port, credentials, "motcua", "256M");
        Runtime.getRuntime().addShutdownHook(new Thread(db::shutdown, "mariadbd-stop"));
        System.out.println("MotCua database ready: MOTCUA_DB_URL=" + db.jdbcUrl("motcua") + " MOTCUA_DB_USER="
                + credentials.applicationUser() + " MOTCUA_DB_PASSWORD in "
                + dataDir.resolve("secrets").resolve("mariadb-motcua.password"));
        Thread.currentThread().join();
    }
}
