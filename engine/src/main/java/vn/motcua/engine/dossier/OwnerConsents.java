package vn.motcua.engine.dossier;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.forms.schema.ProcessVariable;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.flagship.FlagshipModel;

/**
 * A residence registered into someone else's household waits for the household head's (or the
 * owner's) agreement (Luật Cư trú, Điều 21): the head, logged in with VNeID, sees the requests that
 * name them and agrees or declines; the dossier then goes on, or ends refused. Only the person the
 * declaration names can answer, and only while the dossier waits for it.
 */
@Service
public class OwnerConsents {

    /** A dossier waiting for this person's agreement. */
    public record Request(String dossierCode, String applicantName, String procedureTitle, String address, String relation) {
    }

    private static final String HEAD = ProcessVariable.HOUSEHOLD_HEAD_ID_NUMBER.variableName();

    private final RuntimeService runtime;
    private final DossierRepository dossiers;
    private final DossierService dossierForms;
    private final ProcedureCatalogue catalogue;
    private final AuditTrail audit;

    OwnerConsents(RuntimeService runtime, DossierRepository dossiers, DossierService dossierForms, ProcedureCatalogue catalogue,
                  AuditTrail audit) {
        this.runtime = runtime;
        this.dossiers = dossiers;
        this.dossierForms = dossierForms;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Request> pendingFor(String ownerIdNumber) {
        return waitingFor(ownerIdNumber).stream().flatMap(p -> dossiers.byCode(p.getBusinessKey()).stream()).map(d -> {
            Map<String, Object> form = dossierForms.formValues(d);
            return new Request(d.code(), d.applicantName(), catalogue.find(d.procedureCode()).map(CatalogueEntry::title)
                    .orElse(d.procedureCode()), text(form.get("diaChiThuongTru")), text(form.get("quanHeVoiChuHo")));
        }).toList();
    }

    /** Agrees or declines; refused with a message if this person is not asked for this dossier (now). */
    @Transactional
    public void answer(String ownerIdNumber, String dossierCode, boolean agrees) {
        boolean asked = waitingFor(ownerIdNumber).stream().anyMatch(p -> dossierCode.equals(p.getBusinessKey()));
        if (!asked) {
            throw new OwnerConsentRefusedException(Messages.text("consent.not-asked"));
        }
        runtime.createMessageCorrelation(agrees ? FlagshipModel.MESSAGE_OWNER_CONSENTED : FlagshipModel.MESSAGE_OWNER_DECLINED)
                .processInstanceBusinessKey(dossierCode).correlate();
        audit.record(ownerIdNumber, agrees ? "OWNER_CONSENTED" : "OWNER_DECLINED", "DOSSIER", dossierCode,
                agrees ? "household head agreed" : "household head declined");
    }

    /** The processes naming this person as head that wait for the answer right now. */
    private List<ProcessInstance> waitingFor(String ownerIdNumber) {
        if (ownerIdNumber == null || ownerIdNumber.isBlank()) {
            return List.of();
        }
        return runtime.createProcessInstanceQuery().variableValueEquals(HEAD, ownerIdNumber).active().list().stream()
                .filter(p -> runtime.createEventSubscriptionQuery().processInstanceId(p.getId()).eventType("message")
                        .eventName(FlagshipModel.MESSAGE_OWNER_CONSENTED).count() > 0)
                .toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
