package vn.motcua.engine.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster start one at a time on their shared database. Their start-up does one-off
 * work that is not safe against a twin doing it at the same moment — Camunda creating its tables,
 * the first administrator, the sandbox registry's residents — so a node takes a MariaDB named lock
 * as soon as its connection pool exists (before Flyway, Camunda or any seeding) and releases it once
 * it is ready, or when it fails. A second node started at the same time waits, then finds everything
 * in place and skips it (the procedure models too: their version key is already deployed). Used
 * with an external database only; the embedded one serves a single node.
 */
@Component
@Conditional(ExternalDatabaseCondition.class)
class ClusterStartupLock implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);
    static final String LOCK_NAME = "motcua_node_startup";
    /** A first start deploys a thousand models; a node waits up to this long for another's. */
    static final int WAIT_SECONDS = 900;

    private static Connection holder;

    /** Called by the DataSource's factory method, so nothing reaches the database before the lock. */
    static synchronized void acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            long start = System.nanoTime();
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, LOCK_NAME);
                lock.setInt(2, WAIT_SECONDS);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        connection.close();
                        throw new DatabaseStartupException("Another MotCua node has been starting for more than "
                                + WAIT_SECONDS + " s on this database", "Check the other nodes' logs; one may be stuck.", null);
                    }
                }
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 500) {
                log.info("Waited {} ms for another node of the cluster to finish starting", waited);
            }
            holder = connection;
        } catch (SQLException e) {
            throw new DatabaseStartupException("Cannot take the cluster start-up lock: " + e.getMessage(),
                    "Check that the database user may use GET_LOCK.", e);
        }
    }

    static synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection c = holder; PreparedStatement unlock = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, LOCK_NAME);
            unlock.execute();
        } catch (SQLException e) {
            // closing the connection releases a named lock as well
            log.debug("Releasing the cluster start-up lock", e);
        } finally {
            holder = null;
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }
}
