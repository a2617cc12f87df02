package vn.motcua.engine.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.DataDirectory;

/**
 * One DataSource for MotCua and Camunda: the embedded MariaDB by default, an external one when
 * {@code MOTCUA_DB_URL} is set. Every connection runs READ COMMITTED, which Camunda requires.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatabaseProperties.class, DataDirectory.class})
class DataSourceConfiguration {

    /**
     * How long a request waits for a connection. Short: when the database is gone (killed, network
     * down) a request fails within two seconds with "service temporarily unavailable" instead of
     * hanging for Hikari's default 30 s; the pool keeps trying in the background and resumes by
     * itself. 1.5 s, not 2: the answer must leave within 2 s even on a busy two-core machine.
     */
    static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofMillis(1500);

    /** Declared as a bean so Spring stops it only after everything that uses the DataSource. */
    @Bean(destroyMethod = "shutdown")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedMariaDb embeddedMariaDb(DatabaseProperties properties, DataDirectory dataDirectory) {
        return EarlyEmbeddedDatabase.take(dataDirectory.resolve("mariadb"))
                .orElseGet(() -> startEmbedded(properties, dataDirectory));
    }

    static EmbeddedMariaDb startEmbedded(DatabaseProperties properties, DataDirectory dataDirectory) {
        DatabaseProperties.Embedded embedded = properties.embedded();
        MariaDbBinaries binaries = MariaDbBinaries.unpackedInto(embedded.baseDirOrDefault());
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDirectory.resolve("secrets"));
        return EmbeddedMariaDb.start(dataDirectory.resolve("mariadb"), binaries, embedded.port(), credentials,
                embedded.database(), embedded.bufferPoolSize());
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    HikariDataSource embeddedDataSource(DatabaseProperties properties, EmbeddedMariaDb db) {
        HikariConfig config = poolConfig();
        // The schema and the least-privilege account are created by the server's init file.
        config.setJdbcUrl(db.jdbcUrl(properties.embedded().database()));
        config.setUsername(db.credentials().applicationUser());
        config.setPassword(db.credentials().applicationPassword());
        return checkedPool(config);
    }

    @Bean(destroyMethod = "close")
    @Conditional(ExternalDatabaseCondition.class)
    HikariDataSource externalDataSource(DatabaseProperties properties) {
        checkReachable(properties);
        HikariConfig config = poolConfig();
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.user());
        config.setPassword(properties.password());
        HikariDataSource pool = checkedPool(config);
        // one node of a cluster starts at a time (ClusterStartupLock): taken before anything uses the pool
        ClusterStartupLock.acquire(pool);
        return pool;
    }

    private static HikariConfig poolConfig() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(1000);
        // the first connection may take longer (a cold external server): only later waits are short
        config.setInitializationFailTimeout(30_000);
        return config;
    }

    private static HikariDataSource checkedPool(HikariConfig config) {
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            IsolationLevelCheck.requireReadCommitted(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /**
     * Opens one plain connection before the pool exists, so an unreachable server gives one clear
     * message instead of a pool's retry log.
     */
    private static void checkReachable(DatabaseProperties properties) {
        Properties info = new Properties();
        if (properties.user() != null) {
            info.setProperty("user", properties.user());
        }
        if (properties.password() != null) {
            info.setProperty("password", properties.password());
        }
        info.setProperty("connectTimeout", "10000");
        try (Connection ignored = DriverManager.getConnection(properties.url(), info)) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new DatabaseStartupException(
                    "Cannot connect to the external MariaDB at " + properties.url() + ": " + e.getMessage(),
                    "Check MOTCUA_DB_URL, MOTCUA_DB_USER and MOTCUA_DB_PASSWORD, or unset MOTCUA_DB_URL"
                            + " to use the embedded database.", e);
        }
    }
}
