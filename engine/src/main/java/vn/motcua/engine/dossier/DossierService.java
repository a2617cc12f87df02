package vn.motcua.engine.dossier;

import vn.motcua.engine.Messages;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.attachment.RejectedAttachmentException;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.payment.PaymentService;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.forms.identity.PersonalIdNumber;
import vn.motcua.forms.schema.FieldType;
import vn.motcua.forms.schema.FormField;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.forms.schema.ProcessVariable;
import vn.motcua.forms.schema.FormValidator;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.identity.AccountLevelPolicy;
import vn.motcua.engine.workflow.StatutoryDeadlines;
import vn.motcua.engine.workflow.ReceivingUnits;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * Files dossiers. One transaction creates the dossier row with its code, the audit event and the
 * process instance (Camunda shares the transaction): all or nothing. The code's daily number is
 * taken under the sequence row's lock, so concurrent submissions get consecutive numbers and a
 * failed one gives its number back. The idempotency key makes a retry return the first dossier.
 */
@Service
public class DossierService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierRepository dossiers;
    private final ProcedureCatalogue catalogue;
    private final AccountLevelPolicy levels;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");
    private final ProcedureForms forms;
    private final FormValidator validator;
    private final AttachmentService attachments;
    private final PaymentService payments;
    private final DossierStatusRecorder statusRecorder;
    private final DossierStatusRepository statuses;
    private final ApplicationEventPublisher events;
    private final StatutoryDeadlines deadlines;
    private final ReceivingUnits receivingUnits;
    private final DeclaredOwners owners;

    DossierService(DossierRepository dossiers, ProcedureCatalogue catalogue, AccountLevelPolicy levels,
                   RuntimeService runtime,
                   AuditTrail audit, TransactionTemplate transaction, Clock clock, ProcedureForms forms,
                   PersonalIdNumber idNumbers, AttachmentService attachments,
                   PaymentService payments, DossierStatusRecorder statusRecorder, DossierStatusRepository statuses,
                   ApplicationEventPublisher events, StatutoryDeadlines deadlines, ReceivingUnits receivingUnits,
                   DeclaredOwners owners) {
        this.receivingUnits = receivingUnits;
        this.owners = owners;
        this.deadlines = deadlines;
        this.statusRecorder = statusRecorder;
        this.statuses = statuses;
        this.events = events;
        this.payments = payments;
        this.forms = forms;
        this.validator = new FormValidator(idNumbers);
        this.attachments = attachments;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.levels = levels;
        this.runtime = runtime;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Dossier submit(Applicant applicant, int accountLevel, SubmitDossier command) {
        return submit(applicant, accountLevel, command, null);
    }

    /**
     * A dossier received in person: the identity was proven with the chip card (level 2), and the
     * receiving civil servant is recorded in the same transaction as the dossier. Not to be called
     * inside another transaction: a concurrent retry with the same key is resolved here by a
     * rollback of this submission, which must not take a caller's work with it.
     */
    public Dossier submitAtCounter(Applicant applicant, SubmitDossier command, StaffMember receivedBy) {
        return submit(applicant, 2, command, java.util.Objects.requireNonNull(receivedBy));
    }

    private Dossier submit(Applicant applicant, int accountLevel, SubmitDossier command, StaffMember receivedBy) {
        CatalogueEntry entry = validate(applicant, accountLevel, command);
        Optional<Dossier> earlier = dossiers.byIdempotencyKey(applicant.idNumber(), command.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> create(applicant, entry, command, receivedBy));
        } catch (DuplicateKeyException retried) {
            // the same key committed by a concurrent request: this one rolled back, number included
            return dossiers.byIdempotencyKey(applicant.idNumber(), command.idempotencyKey()).orElseThrow(() -> retried);
        }
    }

    private Dossier create(Applicant applicant, CatalogueEntry entry, SubmitDossier command, StaffMember receivedBy) {
        FormSchema form = forms.formOf(entry.code());
        Map<String, Object> data = command.formData() == null ? Map.of() : command.formData();
        // the form's declared fields, under the names and types the model's steps read
        Map<String, Object> declared = form.processVariables(data);
        // a residence or a business is registered where it is, not where the applicant lives now
        String ward = declared.get(ProcessVariable.PLACE_WARD_CODE.variableName()) instanceof String w ? w : applicant.wardCode();
        String province = ward.equals(applicant.wardCode()) ? applicant.provinceCode()
                : vn.motcua.engine.catalogue.ShippedAdminUnits.provinceOfWard(ward).orElse(applicant.provinceCode());
        String unit = receivingUnits.unitFor(entry, ward, province);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String code = unit + "-" + DAY.format(today) + "-" + String.format("%04d", dossiers.nextSequence(unit, today));
        // refused inside the transaction: the sequence number taken above is given back with it
        owners.unknownOwner(entry.code(), code, form, declared).ifPresent(error -> {
            throw new InvalidDossierException(error);
        });
        String channel = command.channel() == null ? ChannelKind.ONLINE.name() : command.channel();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_PROCEDURE_CODE, entry.code());
        variables.put(VAR_CHANNEL, channel);
        boolean paid = command.paymentId() != null
                && payments.consume(command.paymentId(), applicant.idNumber(), entry.code(), code);
        if (command.paymentId() != null && !paid) {
            // checked before the transaction; lost since to a concurrent submission with the same order
            throw new InvalidDossierException(Map.of("paymentId", PAYMENT_NOT_USABLE));
        }
        variables.put(VAR_FEE_PAID, paid);
        variables.put(VAR_APPLICANT_WARD, applicant.wardCode());
        variables.put(VAR_UNIT, unit);
        variables.put(VAR_APPLICANT_PROVINCE, applicant.provinceCode());
        variables.put(VAR_APPLICANT_ID, applicant.idNumber());
        variables.put(VAR_APPLICANT_NAME, applicant.fullName());
        variables.put(VAR_DOSSIER_CODE, code);
        variables.put(VAR_RECEIVED_AT, java.util.Date.from(now));
        variables.putAll(declared);
        Map<String, String> facts = form.resultFacts(data);
        if (!facts.isEmpty()) {
            variables.put(VAR_RESULT_FACTS, toJson(facts));
        }
        // the status row first: the steps the start reaches (registration's job) are recorded on it
        statusRecorder.created(code, now);
        var instance = runtime.startProcessInstanceByKey(processId(entry.code()), code, variables);
        Dossier dossier = new Dossier(code, entry.code(), unit, applicant.idNumber(), applicant.fullName(), channel,
                toJson(command.formData()), instance.getId(), now);
        dossiers.insert(dossier, command.idempotencyKey());
        audit.record(applicant.idNumber(), "DOSSIER_SUBMITTED", "DOSSIER", code,
                "procedure " + entry.code() + ", channel " + channel);
        if (receivedBy != null) {
            audit.record(receivedBy.idNumber(), "COUNTER_RECEIVED", "DOSSIER", code,
                    "received in person by " + receivedBy.fullName() + ", " + receivedBy.unitCode());
        }
        events.publishEvent(new DossierSubmitted(code, entry.code(), unit, applicant.provinceCode(), applicant.idNumber(), channel,
                paid, now));
        return dossier;
    }

    private static final String PAYMENT_NOT_USABLE =
            Messages.text("payment.not-usable");

    /**
     * The field errors the form data has now, without filing anything: the filing wizard checks
     * each step with the same rules the submission applies.
     */
    public Map<String, String> check(String applicantIdNumber, String procedureCode, Map<String, Object> formData) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        catalogue.find(procedureCode).ifPresent(entry -> formErrors(applicantIdNumber, entry, formData, errors));
        return errors;
    }

    private void formErrors(String applicantIdNumber, CatalogueEntry entry, Map<String, Object> formData,
                            Map<String, String> errors) {
        Map<String, Object> data = formData == null ? Map.of() : formData;
        FormSchema form = forms.formOf(entry.code());
        validator.validate(form, data, VIETNAMESE).forEach((key, message) -> errors.put("formData." + key, message));
        // the same content attached twice (a re-upload in a restored draft) would reach the staff twice
        Map<String, String> seenContent = new java.util.HashMap<>();
        for (FormField upload : form.valueFields()) {
            if (upload.type() == FieldType.FILEPICKER && data.get(upload.key()) instanceof List<?> ids && !ids.isEmpty()) {
                List<String> idList = ids.stream().map(Object::toString).toList();
                try {
                    attachments.checkForDossier(applicantIdNumber, idList);
                } catch (RejectedAttachmentException e) {
                    errors.put("formData." + upload.key(), e.getMessage());
                    continue;
                }
                Map<String, vn.motcua.engine.attachment.Attachment> byId = new java.util.HashMap<>();
                attachments.ownedBy(applicantIdNumber, idList).forEach(a -> byId.put(a.id(), a));
                // in the order they were attached: the later copy is the one refused
                for (var attachment : idList.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()) {
                    String first = seenContent.putIfAbsent(attachment.sha256(), attachment.fileName());
                    if (first != null) {
                        errors.putIfAbsent("formData." + upload.key(),
                                Messages.text("attachment.duplicate", attachment.fileName(), first));
                    }
                }
            }
        }
    }

    private CatalogueEntry validate(Applicant applicant, int accountLevel, SubmitDossier command) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        CatalogueEntry entry = command.procedureCode() == null ? null : catalogue.find(command.procedureCode()).orElse(null);
        if (entry == null) {
            errors.put("procedureCode", Messages.text("procedure.unknown", String.valueOf(command.procedureCode())));
        } else if (!levels.mayFile(entry.code(), accountLevel)) {
            errors.put("procedureCode", Messages.text("account.level-needed", String.valueOf(levels.requiredLevel(entry.code()))));
        } else if ((command.channel() == null || ChannelKind.ONLINE.name().equals(command.channel())) && !forms.offeredOnline(entry)) {
            errors.put("procedureCode", Messages.text("procedure.not-online"));
        }
        if (command.idempotencyKey() == null || !command.idempotencyKey().matches("[A-Za-z0-9._:-]{8,100}")) {
            errors.put("idempotencyKey", vn.motcua.engine.Messages.text("idempotency.key"));
        }
        if (command.channel() != null && !List.of("ONLINE", "POSTAL", "IN_PERSON").contains(command.channel())) {
            errors.put("channel", "ONLINE, POSTAL hoặc IN_PERSON");
        }
        if (entry != null) {
            formErrors(applicant.idNumber(), entry, command.formData(), errors);
        }
        if (entry != null && command.paymentId() != null && payments.find(command.paymentId(), applicant.idNumber())
                .filter(p -> p.paid() && p.dossierCode() == null && p.procedureCode().equals(entry.code())).isEmpty()) {
            errors.put("paymentId", PAYMENT_NOT_USABLE);
        }
        if (applicant.wardCode() == null || applicant.provinceCode() == null) {
            errors.put("applicant", vn.motcua.engine.Messages.text("applicant.residence-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDossierException(errors);
        }
        return entry;
    }

    /** The applicant's own dossier; another citizen's is indistinguishable from a missing one. */
    public Optional<Dossier> findForApplicant(String code, String idNumber) {
        return dossiers.byCode(code).filter(d -> d.applicantIdNumber().equals(idNumber));
    }

    /**
     * A dossier for the staff of a unit that has work on it; callers ({@code TaskDetails}) have
     * checked that the work item is their unit's.
     */
    public Optional<Dossier> findForUnitWork(String code) {
        return code == null ? Optional.empty() : dossiers.byCode(code);
    }

    /** The applicant of the dossier with this code, for notifications. */
    public Optional<DossierAddressee> addresseeOfDossier(String code) {
        return dossiers.byCode(code).map(this::addressee);
    }

    private DossierAddressee addressee(Dossier dossier) {
        Object email;
        try {
            email = formValues(dossier).get("email");
        } catch (IllegalStateException unreadable) {
            email = null; // stored by the submission as JSON; an unreadable row has no address to use
        }
        return new DossierAddressee(dossier.code(), dossier.applicantIdNumber(),
                email instanceof String address && !address.isBlank() ? address : null);
    }

    /** The form data as submitted. */
    public Map<String, Object> formValues(Dossier dossier) {
        try {
            return json.readValue(dossier.formData(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dossier " + dossier.code() + " holds form data that is not JSON", e);
        }
    }

    public List<Dossier> forApplicant(String idNumber) {
        return dossiers.forApplicant(idNumber);
    }

    /**
     * Status, current steps, due time and timeline of a dossier: the status read model (one query)
     * and the dossier's audit trail (one query), not the engine's history.
     */
    public DossierProgress progress(Dossier dossier) {
        DossierOverview overview = overview(dossier);
        return new DossierProgress(overview.status(), overview.currentSteps(), overview.dueAt(),
                audit.eventsFor("DOSSIER", dossier.code()), overview.awaitingPayment(), overview.awaitingSupplement(),
                statuses.refusalReason(dossier.code()).orElse(null));
    }

    /**
     * Where the dossier stands — status, current steps, appointment — without its timeline: one
     * query, for answers that show no history (the API's, a rating's check).
     */
    public DossierOverview overview(Dossier dossier) {
        DossierOverview overview = statuses.where(vn.motcua.db.Tables.DOSSIER.CODE.eq(dossier.code())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossier.code() + " vanished"));
        return new DossierOverview(overview.dossier(), overview.status(), overview.steps(), dueAt(overview));
    }

    /**
     * The appointment for the result: as registered, or, in the moment before the registration job
     * has run, the one it will write (same rule, same reception time), so the citizen sees it at once.
     */
    private Instant dueAt(DossierOverview overview) {
        if (overview.dueAt() != null || overview.status().finished()) {
            return overview.dueAt();
        }
        Dossier d = overview.dossier();
        return catalogue.find(d.procedureCode())
                .map(entry -> deadlines.due(entry, d.channel(), java.time.LocalDateTime.ofInstant(d.submittedAt(), clock.getZone()))
                        .atZone(clock.getZone()).toInstant())
                .orElse(null);
    }

    /** The applicant's dossiers, newest first, each with where it stands: one query. */
    public List<DossierOverview> overviewsForApplicant(String idNumber) {
        return statuses.where(vn.motcua.db.Tables.DOSSIER.APPLICANT_ID_NUMBER.eq(idNumber));
    }

    private String toJson(Map<String, ?> formData) {
        try {
            return json.writeValueAsString(formData == null ? Map.of() : formData);
        } catch (JsonProcessingException e) {
            throw new InvalidDossierException(Map.of("formData", Messages.text("form.unreadable")));
        }
    }
}
