package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.document.DocumentType;

/**
 * {@code ${supplementRequest}}: counts the request (once per dossier, Mẫu 02) and stops the deadline
 * clock; {@link SupplementReceivedListener} starts it again.
 */
@Component("supplementRequest")
class SupplementRequestDelegate implements JavaDelegate {

    private final DossierMilestones milestones;
    private final Clock clock;
    private final DossierDocuments documents;

    SupplementRequestDelegate(DossierMilestones milestones, Clock clock, DossierDocuments documents) {
        this.milestones = milestones;
        this.clock = clock;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer count = (Integer) execution.getVariable(VAR_SUPPLEMENT_COUNT);
        execution.setVariable(VAR_SUPPLEMENT_COUNT, (count == null ? 0 : count) + 1);
        execution.setVariable(VAR_CLOCK_PAUSED_AT, TimerDates.of(LocalDateTime.now(clock), clock));
        Object message = execution.getVariable(VAR_SUPPLEMENT_MESSAGE);
        String missing = message == null ? "Theo hướng dẫn của bộ phận tiếp nhận" : message.toString();
        var request = documents.issue(execution, DocumentType.SUPPLEMENT_REQUEST,
                java.util.Map.of("Nội dung cần bổ sung", missing), null);
        milestones.reached(execution, "SUPPLEMENT_REQUESTED", "Mẫu 02 " + request.numberSymbol() + "; deadline clock paused",
                (code, at) -> new vn.motcua.engine.lifecycle.SupplementRequested(code, missing, at));
    }
}
