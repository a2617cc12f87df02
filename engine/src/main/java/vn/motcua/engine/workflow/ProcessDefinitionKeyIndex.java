package vn.motcua.engine.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on Camunda's process definitions by key and version. Camunda's schema has none: it is
 * made for a few dozen models, and every {@code startProcessInstanceByKey} asks the database for
 * the latest version of a key (its cache is by definition id). With MotCua's 1,084 models (more
 * with every version the studio publishes) MariaDB answered that question by reading the whole
 * table twice, about 15 % of the database's CPU per filed dossier (docs/measurements.md, a perf
 * profile of mariadbd); with the index it reads one row. The same index serves every other query
 * by key (the studio, Cockpit). Made once, after Camunda has created or updated its own tables;
 * the index has a name of MotCua's, so none of Camunda's upgrade scripts touches it.
 * <p>
 * MariaDB picks the index only when the table's statistics know it holds many keys: made on a new
 * database's empty table, and the 1,084 models deployed right after, the statistics InnoDB keeps
 * would say so only some seconds later, when its background task recounts them; until then
 * MariaDB went through Camunda's tenant index (every definition has no tenant, so every row
 * matches). The deployment of the models has them recounted at once.
 */
@Component
class ProcessDefinitionKeyIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "MOTCUA_IDX_PROCDEF_KEY_VER";
    private static final Logger log = LoggerFactory.getLogger(ProcessDefinitionKeyIndex.class);

    private final DataSource dataSource;

    ProcessDefinitionKeyIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ensure(dataSource);
    }

    /** After many definitions were deployed at once: the statistics the query planner reads, recounted now. */
    void definitionsDeployed() {
        try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE TABLE ACT_RE_PROCDEF");
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot recount the statistics of ACT_RE_PROCDEF", e);
        }
    }

    /** @return whether this call created the index */
    static boolean ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                return false;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE INDEX " + NAME + " ON ACT_RE_PROCDEF (KEY_, TENANT_ID_, VERSION_)");
            } catch (SQLException e) {
                if (exists(connection)) {
                    return false; // another node made it meanwhile
                }
                throw e;
            }
            log.info("Index {} created on Camunda's process definitions", NAME);
            return true;
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot create the index " + NAME + " on ACT_RE_PROCDEF"
                    + " (the database account needs the right to create indexes, as for Camunda's own schema)", e);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND table_name = 'ACT_RE_PROCDEF' AND index_name = ?")) {
            query.setString(1, NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
