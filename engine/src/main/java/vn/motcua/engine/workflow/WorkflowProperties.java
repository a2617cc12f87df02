package vn.motcua.engine.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the one-stop workflow.
 *
 * @param supplementWaitPeriod how long a citizen has to supplement (ISO-8601 duration); without a
 *                             supplement in time the dossier ends as withdrawn
 * @param defaultWorkingDays   the deadline, in working days, of a procedure whose statutory time
 *                             the catalogue does not state
 */
@ConfigurationProperties("motcua.workflow")
record WorkflowProperties(
        @DefaultValue("P15D") String supplementWaitPeriod,
        @DefaultValue("20") int defaultWorkingDays) {
}
