package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.audit.AuditTrail;

/**
 * {@code ${supplementRequest}}: counts the request (once per dossier, Mẫu 02) and stops the deadline
 * clock; {@link SupplementReceivedListener} starts it again.
 */
@Component("supplementRequest")
class SupplementRequestDelegate implements JavaDelegate {

    private final AuditTrail audit;
    private final Clock clock;

    SupplementRequestDelegate(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer count = (Integer) execution.getVariable(VAR_SUPPLEMENT_COUNT);
        execution.setVariable(VAR_SUPPLEMENT_COUNT, (count == null ? 0 : count) + 1);
        execution.setVariable(VAR_CLOCK_PAUSED_AT, TimerDates.of(LocalDateTime.now(clock), clock));
        audit.record("system", "SUPPLEMENT_REQUESTED", "PROCESS", execution.getProcessInstanceId(),
                "Mẫu 02; deadline clock paused");
    }
}
