package vn.motcua.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

    @Test
    void aLostOrUnreachableDatabaseIsRecognisedWhereverItSurfaces() {
        var poolTimeout = new SQLTransientConnectionException("motcua - Connection is not available, request timed out after 2000ms");
        assertThat(DatabaseUnavailable.isCause(new org.jooq.exception.DataAccessException("SQL [select 1]", poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open JDBC Connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("Socket fail to connect", "08000")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new org.camunda.bpm.engine.ProcessEngineException("x",
                new java.net.ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
