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

/** The engine runs at history level audit, and a database stored at full (an earlier MotCua) is moved to it. */
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
        assertThat(configured).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT);
        assertThat(storedLevel(jdbc)).isEqualTo("2");

        jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = '3' WHERE NAME_ = 'historyLevel'");
        assertThat(HistoryLevelAlignment.align(dataSource, configured)).isTrue();
        assertThat(storedLevel(jdbc)).isEqualTo("2");

        assertThat(HistoryLevelAlignment.align(dataSource, configured)).as("nothing to do the second time").isFalse();
        assertThat(storedLevel(jdbc)).isEqualTo("2");
    }

    private static String storedLevel(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class);
    }
}
