package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;

/**
 * {@code ${issueResult}}: after the leader's approval, the procedure's result document is generated
 * and signed with the unit's key. The step runs in its own job (async before): if signing fails,
 * the job's retries end in an incident and the dossier stays where it was.
 */
@Component("issueResult")
class IssueResultDelegate implements JavaDelegate {

    private final DossierDocuments documents;
    private final DossierMilestones milestones;
    private final ResultContents contents;

    IssueResultDelegate(DossierDocuments documents, DossierMilestones milestones, ResultContents contents) {
        this.documents = documents;
        this.milestones = milestones;
        this.contents = contents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentType type = DocumentType.resultOf((String) execution.getVariable(VAR_PROCEDURE_CODE));
        IssuedDocument result = documents.issue(execution, type, contents.of(execution, type), null);
        execution.setVariable(VAR_RESULT_DOCUMENT, result.id());
        execution.setVariable(VAR_RESULT_DOCUMENT + "Check", result.checkCode());
        milestones.reached(execution, "RESULT_ISSUED", result.title() + " " + result.numberSymbol() + ", document " + result.id(),
                (code, at) -> new vn.motcua.engine.lifecycle.ResultIssued(code, result.id(), at));
    }
}
