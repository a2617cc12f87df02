package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.document.DocumentType;

/**
 * {@code ${supplementRequest}}: counts the request (once per dossier, Mẫu 02) and stops the deadline
 * clock; {@link SupplementReceivedListener} starts it again.
 */
@Component("supplementRequest")
class SupplementRequestDelegate implements JavaDelegate {

    private final AuditTrail audit;
    private final Clock clock;
    private final DossierDocuments documents;

    SupplementRequestDelegate(AuditTrail audit, Clock clock, DossierDocuments documents) {
        this.audit = audit;
        this.clock = clock;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer count = (Integer) execution.getVariable(VAR_SUPPLEMENT_COUNT);
        execution.setVariable(VAR_SUPPLEMENT_COUNT, (count == null ? 0 : count) + 1);
        execution.setVariable(VAR_CLOCK_PAUSED_AT, TimerDates.of(LocalDateTime.now(clock), clock));
        Object message = execution.getVariable(VAR_SUPPLEMENT_MESSAGE);
        var request = documents.issue(execution, DocumentType.SUPPLEMENT_REQUEST,
                java.util.Map.of("Nội dung cần bổ sung", message == null ? "Theo hướng dẫn của bộ phận tiếp nhận" : message.toString()),
                null);
        audit.record("system", "SUPPLEMENT_REQUESTED", "PROCESS", execution.getProcessInstanceId(),
                "Mẫu 02 " + request.numberSymbol() + "; deadline clock paused");
    }
}
