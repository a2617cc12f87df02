package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class EmbeddedDatabaseIntegrationTests {

    @Autowired
    EmbeddedMariaDb embedded;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void theEmbeddedServerIsARealMariaDb114RunningReadCommitted() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).startsWith("11.4").contains("MariaDB");
        assertThat(jdbc.queryForObject("SELECT @@global.transaction_isolation", String.class)).isEqualTo("READ-COMMITTED");
        assertThat(jdbc.queryForObject("SELECT @@session.transaction_isolation", String.class)).isEqualTo("READ-COMMITTED");
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
    }

    @Test
    void itsDataLivesInTheConfiguredDataDirectory() {
        Path dataDir = embedded.dataDir();
        assertThat(dataDir.toString()).contains("target/test-data").endsWith("mariadb");
        assertThat(dataDir.resolve("mysql")).isDirectory();
        assertThat(dataDir.resolve("motcua")).isDirectory();
        assertThat(Files.exists(dataDir.resolve("mariadbd.pid"))).isTrue();
    }

    @Test
    void flywayOwnsMotCuasTablesAndCamundaItsOwnInTheSameSchema() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('audit_event', 'ACT_RU_TASK', 'ACT_GE_PROPERTY')", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void camundaRunsOnTheSameDatabaseAndDeploysAndStartsProcesses() {
        var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("smoke")
                .startEvent().userTask("Task_Check").endEvent().done();
        processEngine.getRepositoryService().createDeployment()
                .addModelInstance("smoke.bpmn", model).name("smoke").deploy();
        var instance = processEngine.getRuntimeService().startProcessInstanceByKey("smoke");
        long tasks = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", Long.class, instance.getId());
        assertThat(tasks).isEqualTo(1);
    }

    @Test
    void aConnectionThatDoesNotRunReadCommittedIsRefusedWithAClearMessage() {
        try (HikariDataSource repeatableRead = new HikariDataSource()) {
            repeatableRead.setJdbcUrl(embedded.jdbcUrl("motcua"));
            repeatableRead.setUsername(embedded.credentials().applicationUser());
            repeatableRead.setPassword(embedded.credentials().applicationPassword());
            repeatableRead.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
            assertThatThrownBy(() -> IsolationLevelCheck.requireReadCommitted(repeatableRead))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessage("The database runs transaction isolation REPEATABLE-READ; MotCua and Camunda need"
                            + " READ-COMMITTED.");
        }
    }

    @Test
    void connectionsWithoutThePasswordAreRefused() {
        for (String user : new String[] {"root", embedded.credentials().applicationUser(), "", "mysql"}) {
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(embedded.jdbcUrl("motcua"), user, ""))
                    .as(user).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(embedded.jdbcUrl("motcua"), user, "wrong"))
                    .as(user).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("Access denied");
        }
        // root is not reachable over TCP even with its password: only through the owner-only socket
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(embedded.jdbcUrl("motcua"), "root",
                embedded.credentials().rootPassword())).isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void theApplicationAccountMayUseItsSchemaAndNothingElse() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(embedded.jdbcUrl("motcua"),
                embedded.credentials().applicationUser(), embedded.credentials().applicationPassword());
             var statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT COUNT(*) FROM audit_event");
            assertThat(rs.next()).isTrue();
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM mysql.global_priv"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("CREATE DATABASE other_schema")).hasMessageContaining("denied");
        }
    }

    @Test
    void theDataDirectoryAndTheSecretsAreOwnerOnly() throws Exception {
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(embedded.dataDir())).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(embedded.dataDir().resolve("motcua"))).isTrue();
        Path secrets = embedded.dataDir().resolveSibling("secrets");
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(secrets.resolve("mariadb-root.password"))).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(secrets.resolve("mariadb-motcua.password"))).isTrue();
        try (var files = Files.list(embedded.dataDir().resolve("motcua"))) {
            for (Path file : files.toList()) {
                assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(file)).as(file.toString()).isTrue();
            }
        }
        String socket = new JdbcTemplate(dataSource).queryForObject("SELECT @@socket", String.class);
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(Path.of(socket).getParent())).as(socket).isTrue();
    }
}
