package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine runs at MotCua's history level, and a database stored at full or audit (an earlier MotCua) is moved to it. */
@SpringBootTest
class HistoryLevelAlignmentIntegrationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;

    @Test
    void aDatabaseAtLevelFullIsSetToTheConfiguredAuditLevelAndAnAlignedOneIsLeftAlone() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        HistoryLevel configured = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
        assertThat(configured).isSameAs(DossierHistoryLevel.INSTANCE);
        assertThat(storedLevel(jdbc)).isEqualTo("12");

        for (HistoryLevel earlier : java.util.List.of(HistoryLevel.HISTORY_LEVEL_FULL, HistoryLevel.HISTORY_LEVEL_AUDIT)) {
            jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'", String.valueOf(earlier.getId()));
            assertThat(HistoryLevelAlignment.align(dataSource, configured)).isTrue();
            assertThat(storedLevel(jdbc)).isEqualTo("12");
        }

        assertThat(HistoryLevelAlignment.align(dataSource, configured)).as("nothing to do the second time").isFalse();
        assertThat(storedLevel(jdbc)).isEqualTo("12");
    }

    private static String storedLevel(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class);
    }
}
