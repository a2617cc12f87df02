package vn.motcua.engine.database;

import java.nio.file.Path;
import vn.motcua.engine.DevelopmentSecrets;

/**
 * The embedded server's accounts: {@code root} (for the operator; reachable only through the
 * owner-only socket) and the application's own account, which may use MotCua's schema and nothing
 * else. Both passwords are generated once and kept owner-only under {@code <data dir>/secrets}.
 *
 * @param rootPassword        password of {@code root@localhost}
 * @param applicationUser     the account MotCua and Camunda connect with
 * @param applicationPassword its password
 */
public record EmbeddedCredentials(String rootPassword, String applicationUser, String applicationPassword) {

    static final String APPLICATION_USER = "motcua";

    static EmbeddedCredentials loadOrCreate(Path secretsDir) {
        return new EmbeddedCredentials(
                DevelopmentSecrets.configuredOrStored(null, secretsDir.resolve("mariadb-root.password")),
                APPLICATION_USER,
                DevelopmentSecrets.configuredOrStored(null, secretsDir.resolve("mariadb-motcua.password")));
    }

    /**
     * Run by mariadbd at every start before it accepts a connection ({@code --init-file}): it closes
     * the password-less root accounts {@code mariadb-install-db} creates (and those an earlier MotCua,
     * which ran without grant tables, left open), and (re)creates the application account with
     * rights on {@code database} only. Passwords are URL-safe base64: nothing to escape.
     */
    String initSql(String database) {
        String schema = "`" + database.replace("`", "``") + "`";
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "DELETE FROM mysql.proxies_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "FLUSH PRIVILEGES;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword + "';",
                "CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + applicationUser + "'@'127.0.0.1' IDENTIFIED BY '" + applicationPassword + "';",
                "ALTER USER '" + applicationUser + "'@'127.0.0.1' IDENTIFIED BY '" + applicationPassword + "';",
                "GRANT ALL PRIVILEGES ON " + schema + ".* TO '" + applicationUser + "'@'127.0.0.1';",
                "");
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[applicationUser=" + applicationUser + "]";
    }
}
