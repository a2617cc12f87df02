package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With MOTCUA_DB_URL set MotCua uses that server and starts none of its own. The embedded server
 * of this test JVM plays the external server.
 */
@SpringBootTest
class ExternalDatabaseTests {

    @Autowired
    EmbeddedMariaDb server;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(DataSourceConfiguration.class);

    @Test
    void anExternalServerIsUsedAndNoEmbeddedOneIsStarted() {
        long mariadbdBefore = runningMariadbd();
        contexts.withPropertyValues("motcua.db.url=" + server.jdbcUrl("motcua"),
                        "motcua.db.user=" + server.credentials().applicationUser(),
                        "motcua.db.password=" + server.credentials().applicationPassword())
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMariaDb.class);
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getJdbcUrl()).isEqualTo(server.jdbcUrl("motcua"));
                    assertThat(new JdbcTemplate(dataSource).queryForObject(
                            "SELECT @@session.transaction_isolation", String.class)).isEqualTo("READ-COMMITTED");
                    assertThat(runningMariadbd()).isEqualTo(mariadbdBefore);
                });
    }

    @Test
    void anUnreachableExternalServerStopsStartupWithOneClearMessage() {
        contexts.withPropertyValues("motcua.db.url=jdbc:mariadb://127.0.0.1:1/motcua", "motcua.db.user=motcua")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("DatabaseStartupException: Cannot connect to the external MariaDB at"
                                + " jdbc:mariadb://127.0.0.1:1/motcua"));
    }

    private static long runningMariadbd() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .count();
    }
}
