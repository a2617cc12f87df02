package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssueRequest;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/** Issues a dossier's signed documents from what the process knows about it. */
@Component
class DossierDocuments {

    private final DocumentService documents;
    private final ProcedureCatalogue catalogue;

    DossierDocuments(DocumentService documents, ProcedureCatalogue catalogue) {
        this.documents = documents;
        this.catalogue = catalogue;
    }

    IssuedDocument issue(DelegateExecution execution, DocumentType type, Map<String, String> facts, String reason) {
        String code = (String) execution.getVariable(VAR_PROCEDURE_CODE);
        var entry = catalogue.find(code);
        String title = entry.map(CatalogueEntry::title).orElse(code);
        String agency = entry.map(e -> e.competentAgency() != null ? e.competentAgency() : e.implementingAgency())
                .orElse(null);
        IssuedDocument issued = documents.issue(new IssueRequest(type, dossierCode(execution),
                execution.getProcessInstanceId(), (String) execution.getVariable(VAR_UNIT), code, title, agency,
                (String) execution.getVariable(VAR_APPLICANT_ID), (String) execution.getVariable(VAR_APPLICANT_NAME),
                facts, reason));
        return issued;
    }

    /** The dossier code filing assigned; until filing exists, the business key or the instance id. */
    static String dossierCode(DelegateExecution execution) {
        Object code = execution.getVariable(VAR_DOSSIER_CODE);
        if (code != null) {
            return code.toString();
        }
        String businessKey = execution.getProcessBusinessKey();
        return businessKey != null ? businessKey : execution.getProcessInstanceId();
    }
}
