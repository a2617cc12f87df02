package vn.motcua.engine.dossier;

import vn.motcua.engine.Messages;
import static vn.motcua.db.Tables.DOSSIER_SUPPLEMENT;
import static vn.motcua.workflows.onestop.OneStopModel.AWAIT_SUPPLEMENT;
import static vn.motcua.workflows.onestop.OneStopModel.MESSAGE_SUPPLEMENT_RECEIVED;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_SUPPLEMENT_MESSAGE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.attachment.RejectedAttachmentException;
import vn.motcua.engine.audit.AuditTrail;

/**
 * The citizen's answer to a supplement request (Mẫu 02): what was asked is read from the process,
 * the answer (their own uploads and a note) is stored once, and the process resumes at reception
 * with the deadline clock running again.
 */
@Service
public class SupplementResponses {

    private final DossierService dossiers;
    private final RuntimeService runtime;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final org.jooq.DSLContext sql;
    private final Clock clock;

    SupplementResponses(DossierService dossiers, RuntimeService runtime, AttachmentService attachments, AuditTrail audit,
                        org.jooq.DSLContext sql, Clock clock) {
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.attachments = attachments;
        this.audit = audit;
        this.sql = sql;
        this.clock = clock;
    }

    /** What reception asked for, while the dossier waits for it. */
    @Transactional(readOnly = true)
    public Optional<String> pendingRequest(Dossier dossier) {
        if (!waiting(dossier)) {
            return Optional.empty();
        }
        Object message = runtime.getVariable(dossier.processInstanceId(), VAR_SUPPLEMENT_MESSAGE);
        return Optional.of(message == null ? "" : message.toString());
    }

    @Transactional
    public void respond(String dossierCode, String applicantIdNumber, List<String> attachmentIds, String note) {
        Dossier dossier = dossiers.findForApplicant(dossierCode, applicantIdNumber)
                .orElseThrow(() -> new InvalidDossierException(Map.of("dossier", "Không có hồ sơ " + dossierCode)));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!waiting(dossier)) {
            errors.put("dossier", Messages.text("supplement.not-awaited"));
        }
        if (attachmentIds == null || attachmentIds.isEmpty()) {
            errors.put("attachments", Messages.text("supplement.upload-required"));
        } else {
            try {
                attachments.checkForDossier(applicantIdNumber, attachmentIds);
            } catch (RejectedAttachmentException e) {
                errors.put("attachments", e.getMessage());
            }
        }
        if (note != null && note.length() > 1000) {
            errors.put("note", Messages.text("text.at-most", "1000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDossierException(errors);
        }
        try {
            sql.insertInto(DOSSIER_SUPPLEMENT).set(DOSSIER_SUPPLEMENT.DOSSIER_CODE, dossierCode)
                    .set(DOSSIER_SUPPLEMENT.ATTACHMENT_IDS, String.join(",", attachmentIds))
                    .set(DOSSIER_SUPPLEMENT.NOTE, note == null || note.isBlank() ? null : note.strip())
                    .set(DOSSIER_SUPPLEMENT.SUBMITTED_AT, LocalDateTime.now(clock)).execute();
        } catch (DuplicateKeyException answeredAlready) {
            throw new InvalidDossierException(Map.of("dossier", Messages.text("supplement.already")));
        }
        audit.record(applicantIdNumber, "SUPPLEMENT_SUBMITTED", "DOSSIER", dossierCode, attachmentIds.size() + " file(s)");
        runtime.createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED).processInstanceId(dossier.processInstanceId())
                .correlate();
    }

    /** The attachments the citizen sent in answer, for reception to review. */
    @Transactional(readOnly = true)
    public List<String> answeredAttachments(String dossierCode) {
        return sql.select(DOSSIER_SUPPLEMENT.ATTACHMENT_IDS).from(DOSSIER_SUPPLEMENT)
                .where(DOSSIER_SUPPLEMENT.DOSSIER_CODE.eq(dossierCode)).fetchOptional(DOSSIER_SUPPLEMENT.ATTACHMENT_IDS)
                .map(ids -> List.of(ids.split(","))).orElse(List.of());
    }

    private boolean waiting(Dossier dossier) {
        return runtime.createExecutionQuery().processInstanceId(dossier.processInstanceId()).activityId(AWAIT_SUPPLEMENT)
                .count() > 0;
    }
}
