package vn.motcua.engine.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.engine.audit.AuditTrail;

/**
 * A one-stop step whose effect so far is its entry in the dossier's audit trail. The result,
 * notification and notice documents (Mẫu 03, 04) are added to these beans by the documents and
 * notification features; the model and its bean names stay as they are.
 */
final class RecordedStep implements JavaDelegate {

    private final AuditTrail audit;
    private final String action;

    RecordedStep(AuditTrail audit, String action) {
        this.audit = audit;
        this.action = action;
    }

    @Override
    public void execute(DelegateExecution execution) {
        audit.record("system", action, "DOSSIER", DossierDocuments.dossierCode(execution),
                execution.getCurrentActivityName());
    }
}
