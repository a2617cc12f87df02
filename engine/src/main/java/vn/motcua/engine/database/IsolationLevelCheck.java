package vn.motcua.engine.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Camunda's optimistic locking is only correct under READ COMMITTED. MotCua asks for it on every
 * connection; this check asks the server what it actually runs, because proxies and some cluster
 * setups silently ignore the request.
 */
final class IsolationLevelCheck {

    static final String REQUIRED = "READ-COMMITTED";

    private IsolationLevelCheck() {
    }

    static void requireReadCommitted(DataSource dataSource) {
        String actual;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@session.transaction_isolation")) {
            rs.next();
            actual = rs.getString(1);
        } catch (SQLException e) {
            throw new DatabaseStartupException("Cannot read the transaction isolation level of the database: "
                    + e.getMessage(), "Check that the server is MariaDB 11.4 or newer.", e);
        }
        if (!REQUIRED.equalsIgnoreCase(actual)) {
            throw new DatabaseStartupException(
                    "The database runs transaction isolation " + actual + "; MotCua and Camunda need " + REQUIRED + ".",
                    "Start MariaDB with --transaction-isolation=READ-COMMITTED (or set it in the server's"
                            + " configuration) and make sure no proxy overrides the session level.", null);
        }
    }
}
