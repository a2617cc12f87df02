package vn.motcua.engine.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which database MotCua uses. With {@code url} blank MotCua starts its own embedded MariaDB with
 * its data under {@code <data dir>/mariadb}; with {@code url} set it uses that external server and
 * starts nothing.
 *
 * @param url      JDBC URL of an external MariaDB ({@code MOTCUA_DB_URL}), blank for embedded
 * @param user     user of the external MariaDB ({@code MOTCUA_DB_USER})
 * @param password password of the external MariaDB ({@code MOTCUA_DB_PASSWORD})
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("motcua.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue Embedded embedded) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param port     TCP port on 127.0.0.1; 0 picks a free one
     * @param database schema MotCua and Camunda share
     * @param baseDir  where the MariaDB binaries are unpacked once and shared by all instances;
     *                 defaults to a folder in the system's temporary directory
     * @param bufferPoolSize InnoDB's page cache ({@code MOTCUA_DB_EMBEDDED_BUFFER_POOL_SIZE}, e.g.
     *                 {@code 1G}): MariaDB's own 128M by default, which keeps a laptop's footprint
     *                 small; a province's server or a history of millions of dossiers wants more
     */
    public record Embedded(
            @DefaultValue("0") int port,
            @DefaultValue("motcua") String database,
            Path baseDir,
            @DefaultValue("128M") String bufferPoolSize) {

        public Embedded {
            if (bufferPoolSize == null || !bufferPoolSize.strip().matches("\\d+[KMG]?")) {
                throw new IllegalArgumentException("MOTCUA_DB_EMBEDDED_BUFFER_POOL_SIZE: a size such as 512M or 2G, not '"
                        + bufferPoolSize + "'");
            }
            bufferPoolSize = bufferPoolSize.strip();
        }

        public Path baseDirOrDefault() {
            return baseDir != null ? baseDir
                    : Path.of(System.getProperty("java.io.tmpdir"), "motcua-mariadb-11.4.5");
        }
    }
}
