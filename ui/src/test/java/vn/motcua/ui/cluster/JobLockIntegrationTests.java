package vn.motcua.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ui.PortalTest;

/**
 * A dead node's jobs are taken over within a minute: the running application's job executor locks a
 * job for 30 s (not Camunda's 5 minutes) and an idle executor polls at least every 10 s.
 */
@PortalTest
class JobLockIntegrationTests {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void jobsAreLockedForThirtySecondsAndAnIdleExecutorPollsEveryTenSecondsAtMost() {
        var executor = engine.getJobExecutor();
        assertThat(executor.getLockTimeInMillis()).isEqualTo(30_000);
        assertThat(executor.getMaxWait()).isEqualTo(10_000);
        assertThat(executor.getLockTimeInMillis() + executor.getMaxWait()).as("take-over within a minute").isLessThan(60_000);
    }
}
