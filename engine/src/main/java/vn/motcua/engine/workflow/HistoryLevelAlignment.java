package vn.motcua.engine.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * MotCua runs Camunda at its own history level {@code dossier} ({@link DossierHistoryLevel}, made
 * known to the engine here): Camunda's {@code audit} less the start events and exclusive gateways
 * a process only passes through and the form's values — not every variable update, job log entry and operation log
 * entry either ({@code full}), which made up a third of the rows written per dossier and were never
 * read (docs/measurements.md). Camunda refuses to start when the level stored in the database
 * differs from the configured one, so a database written by an earlier MotCua ({@code full},
 * {@code audit}) is set to the configured level here, before the engine checks it. Rows already
 * written stay.
 */
@Component
class HistoryLevelAlignment extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelAlignment.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new java.util.ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(DossierHistoryLevel.INSTANCE);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        align(configuration.getDataSource(), configuration.getHistoryLevel());
    }

    /** @return whether the stored level was changed */
    static boolean align(DataSource dataSource, HistoryLevel configured) {
        try (Connection connection = dataSource.getConnection()) {
            if (!propertyTableExists(connection)) {
                return false; // a new database: Camunda records the configured level itself
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE ACT_GE_PROPERTY SET VALUE_ = ?, REV_ = REV_ + 1"
                    + " WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?")) {
                update.setString(1, String.valueOf(configured.getId()));
                update.setString(2, String.valueOf(configured.getId()));
                boolean changed = update.executeUpdate() > 0;
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                if (changed) {
                    log.warn("Camunda history level of this database set to '{}' (history already written is kept)",
                            configured.getName());
                }
                return changed;
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot align the stored history level with '" + configured.getName() + "'", e);
        }
    }

    private static boolean propertyTableExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'ACT_GE_PROPERTY'");
             ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }
}
