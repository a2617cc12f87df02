package vn.motcua.engine.queue;

import vn.motcua.engine.Messages;
import static vn.motcua.workflows.onestop.OneStopModel.STEP_CONSULTATION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.attachment.Attachment;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SupplementResponses;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.engine.staff.StaffMember;

/**
 * What a civil servant sees of a work item of their unit: the dossier as submitted, its files (and
 * the supplement answer), the timeline with comments, and, on request, the applicant's registry
 * data (each look-up written to the citizen's access log with the dossier as its reason).
 */
@Service
public class TaskDetails {

    public record Details(WorkItem item, Dossier dossier, List<Attachment> attachments, List<Attachment> supplement,
                          List<AuditEntry> timeline, List<Consultation> consultations) {
    }

    private final WorkQueue queue;
    private final DossierService dossiers;
    private final AttachmentService attachments;
    private final SupplementResponses supplements;
    private final AuditTrail audit;
    private final ResidentsDatabase registry;
    private final Consultations consultations;
    private final vn.motcua.engine.staff.StaffDirectory directory;

    TaskDetails(WorkQueue queue, DossierService dossiers, AttachmentService attachments, SupplementResponses supplements,
                AuditTrail audit, ResidentsDatabase registry, Consultations consultations,
                vn.motcua.engine.staff.StaffDirectory directory) {
        this.consultations = consultations;
        this.directory = directory;
        this.queue = queue;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.supplements = supplements;
        this.audit = audit;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public Optional<Details> of(StaffMember staff, String taskId) {
        return queue.item(staff, taskId).flatMap(item -> dossiers.findForUnitWork(item.dossierCode()).map(dossier -> {
            List<String> ids = new ArrayList<>();
            dossiers.formValues(dossier).values().stream().filter(v -> v instanceof List<?>)
                    .forEach(v -> ((List<?>) v).forEach(id -> ids.add(id.toString())));
            List<AuditEntry> timeline = audit.eventsFor("DOSSIER", dossier.code());
            // a coordinating agency sees the question put to it and its own answer, not the other agencies'
            List<Consultation> asked = consultations.forDossier(dossier.code(), this::unitName).stream()
                    .filter(c -> !STEP_CONSULTATION.equals(item.step()) || c.agencyUnit().equals(item.unitCode())).toList();
            return new Details(item, dossier, attachments.ownedBy(dossier.applicantIdNumber(), ids),
                    attachments.ownedBy(dossier.applicantIdNumber(), supplements.answeredAttachments(dossier.code())), timeline,
                    asked);
        }));
    }

    private String unitName(String unitCode) {
        return directory.unitsWithRole(vn.motcua.engine.staff.StaffRole.CONSULTATION).stream()
                .filter(u -> u.code().equals(unitCode)).map(vn.motcua.engine.staff.StaffDirectory.Unit::name)
                .findFirst().orElse(unitCode);
    }

    /** A file of the item's dossier: only those attached to it, only for its unit. */
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(StaffMember staff, String taskId, String attachmentId) {
        return of(staff, taskId).filter(d -> d.attachments().stream().anyMatch(a -> a.id().equals(attachmentId))
                        || d.supplement().stream().anyMatch(a -> a.id().equals(attachmentId)))
                .flatMap(d -> attachments.content(d.dossier().applicantIdNumber(), attachmentId));
    }

    /** The applicant as the residents database holds them, read for this dossier and logged for the citizen. */
    @Transactional
    public Optional<Resident> registryData(StaffMember staff, String taskId) {
        return of(staff, taskId).flatMap(d -> registry.findByIdNumber(d.dossier().applicantIdNumber(),
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.GENDER,
                        RegistryField.PERMANENT_ADDRESS, RegistryField.CURRENT_ADDRESS, RegistryField.SPOUSE),
                new RegistryReader(staff.idNumber(), staff.fullName() + " – " + staff.unitName(),
                        "Giải quyết hồ sơ " + d.dossier().code(), d.dossier().code())));
    }

    /** A comment on the dossier, kept in its timeline. */
    @Transactional
    public void comment(StaffMember staff, String taskId, String text) {
        WorkItem item = queue.item(staff, taskId).orElseThrow(() -> new DecisionRefusedException(
                java.util.Map.of("task", Messages.text("task.unknown"))));
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new DecisionRefusedException(java.util.Map.of("comment", "Nhập ý kiến (tối đa 2000 ký tự) / 1-2000 characters"));
        }
        audit.record(staff.idNumber(), "STAFF_COMMENT", "DOSSIER", item.dossierCode(), staff.fullName() + ": " + text.strip());
    }
}
