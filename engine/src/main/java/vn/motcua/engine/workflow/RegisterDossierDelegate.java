package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;

/**
 * {@code ${registerDossier}}: the statutory due time of the channel used, the warning one working
 * day before it, the handling unit, whether a fee is still due. Coordinating agencies are chosen
 * by the specialist when an opinion is needed (TaskDecisions).
 */
@Component("registerDossier")
class RegisterDossierDelegate implements JavaDelegate {

    private static final java.time.format.DateTimeFormatter RECEIPT_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private final ProcedureCatalogue catalogue;
    private final StatutoryDeadlines deadlines;
    private final WorkflowProperties properties;
    private final DossierMilestones milestones;
    private final Clock clock;
    private final DossierDocuments documents;

    RegisterDossierDelegate(ProcedureCatalogue catalogue, StatutoryDeadlines deadlines, WorkflowProperties properties,
                            DossierMilestones milestones, Clock clock, DossierDocuments documents) {
        this.documents = documents;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.properties = properties;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(VAR_PROCEDURE_CODE);
        CatalogueEntry entry = catalogue.find(code)
                .orElseThrow(() -> new IllegalStateException("No procedure " + code + " in the catalogue"));
        Channel channel = StatutoryDeadlines.channel(entry, (String) execution.getVariable(VAR_CHANNEL));
        Object receivedAt = execution.getVariable(VAR_RECEIVED_AT);
        LocalDateTime received = receivedAt instanceof java.util.Date date
                ? TimerDates.local(date, clock) : LocalDateTime.now(clock);
        LocalDateTime due = deadlines.due(entry, (String) execution.getVariable(VAR_CHANNEL), received);
        boolean paid = Boolean.TRUE.equals(execution.getVariable(VAR_FEE_PAID));
        // chosen at submission (ReceivingUnits, with its fallback); routed here for dossiers filed before that
        String unit = execution.getVariable(VAR_UNIT) instanceof String chosen ? chosen
                : UnitRouting.unitFor(entry, (String) execution.getVariable(VAR_APPLICANT_WARD),
                        (String) execution.getVariable(VAR_APPLICANT_PROVINCE));

        execution.setVariable(VAR_UNIT, unit);
        execution.setVariable(VAR_DUE_AT, TimerDates.of(due, clock));
        execution.setVariable(VAR_WARNING_AT, TimerDates.of(deadlines.warningAt(due), clock));
        execution.setVariable(VAR_FEE_DUE, !paid && channel != null && channel.feeVnd() != null && channel.feeVnd() > 0);
        execution.setVariable(VAR_SUPPLEMENT_COUNT, 0);
        execution.setVariable(VAR_SUPPLEMENT_WAIT, properties.supplementWaitPeriod());
        java.util.Date dueAt = TimerDates.of(due, clock);
        milestones.reached(execution, "DOSSIER_REGISTERED", "procedure " + code + ", unit " + unit + ", due " + due,
                (dossier, at) -> new vn.motcua.engine.lifecycle.DossierRegistered(dossier, dueAt.toInstant(), at));
        // Mẫu 01: receipt and appointment for the result, signed by the receiving unit
        var facts = new java.util.LinkedHashMap<String, String>();
        facts.put("Ngày tiếp nhận", RECEIPT_TIME.format(received));
        facts.put("Ngày hẹn trả kết quả", RECEIPT_TIME.format(due));
        var receipt = documents.issue(execution, DocumentType.RECEIPT, facts, null);
        execution.setVariable(VAR_RECEIPT_DOCUMENT, receipt.id());
    }
}
