package vn.motcua.engine.database;

import java.nio.file.Path;
import java.util.OptionalInt;

/** What {@link EmbeddedDatabaseWatchdog} needs of the server it keeps running. */
interface WatchedServer {

    boolean isAlive();

    /** A server being shut down on purpose is not to be restarted. */
    boolean stopping();

    OptionalInt exitCode();

    /** Starts the server again; throws when it does not start. */
    boolean restart();

    Path dataDir();
}
