package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starting a dossier's process by key asks for the latest version of that key: with the index the
 * database reads the one definition, not all 1,084 twice (the query below is Camunda's own, as
 * its MySQL mapping sends it).
 */
@SpringBootTest
class ProcessDefinitionKeyIndexIntegrationTests {

    private static final String LATEST_BY_KEY = "SELECT * FROM ACT_RE_PROCDEF p1 INNER JOIN"
            + " (SELECT KEY_, TENANT_ID_, max(VERSION_) AS MAX_VERSION FROM ACT_RE_PROCDEF RES"
            + " WHERE KEY_ = 'tthc_1_004194' GROUP BY TENANT_ID_, KEY_) p2 ON p1.KEY_ = p2.KEY_"
            + " WHERE p1.VERSION_ = p2.MAX_VERSION"
            + " AND (p1.TENANT_ID_ = p2.TENANT_ID_ OR (p1.TENANT_ID_ IS NULL AND p2.TENANT_ID_ IS NULL))";

    @Autowired
    DataSource dataSource;

    @Test
    void theLatestVersionOfAKeyIsReadThroughTheIndexAndMakingItAgainChangesNothing() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF", Long.class)).isGreaterThan(1000);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = 'ACT_RE_PROCDEF' AND index_name = ? ORDER BY seq_in_index", String.class,
                ProcessDefinitionKeyIndex.NAME)).containsExactly("KEY_", "TENANT_ID_", "VERSION_");

        List<Map<String, Object>> plan = jdbc.queryForList("ANALYZE " + LATEST_BY_KEY);
        assertThat(plan).allSatisfy(step -> assertThat(rowsRead(step)).as("rows read by %s", step.get("table"))
                .isLessThanOrEqualTo(1.0));
        assertThat(jdbc.queryForList(LATEST_BY_KEY)).hasSize(1);

        assertThat(ProcessDefinitionKeyIndex.ensure(dataSource)).as("there already").isFalse();
        jdbc.execute("DROP INDEX " + ProcessDefinitionKeyIndex.NAME + " ON ACT_RE_PROCDEF");
        try {
            assertThat(ProcessDefinitionKeyIndex.ensure(dataSource)).as("made again on a database without it").isTrue();
        } finally {
            ProcessDefinitionKeyIndex.ensure(dataSource);
        }
        assertThat(jdbc.queryForList("ANALYZE " + LATEST_BY_KEY)).allSatisfy(step -> assertThat(rowsRead(step)).isLessThanOrEqualTo(1.0));
    }

    /** MariaDB's ANALYZE: the rows a step of the plan actually read. */
    private static double rowsRead(Map<String, Object> step) {
        return Double.parseDouble(String.valueOf(step.get("r_rows")));
    }
}
