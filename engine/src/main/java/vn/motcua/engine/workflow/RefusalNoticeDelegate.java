package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;

/** {@code ${refusalNotice}}: the signed refusal notice (Mẫu 03) with the reason the staff gave. */
@Component("refusalNotice")
class RefusalNoticeDelegate implements JavaDelegate {

    private final DossierDocuments documents;
    private final DossierMilestones milestones;

    RefusalNoticeDelegate(DossierDocuments documents, DossierMilestones milestones) {
        this.documents = documents;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(VAR_REFUSAL_REASON);
        String why = reason == null ? "Hồ sơ không đủ điều kiện giải quyết theo quy định." : reason.toString();
        IssuedDocument notice = documents.issue(execution, DocumentType.REFUSAL, Map.of(), why);
        milestones.reached(execution, "REFUSAL_NOTICE", "Mẫu 03 " + notice.numberSymbol() + ", document " + notice.id(),
                (code, at) -> new vn.motcua.engine.lifecycle.DossierRefused(code, why, at));
    }
}
