package vn.motcua.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import vn.motcua.engine.attachment.Attachment;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.queue.Decision;
import vn.motcua.engine.queue.DecisionRefusedException;
import vn.motcua.engine.queue.QueueAccessDeniedException;
import vn.motcua.engine.queue.TaskDecisions;
import vn.motcua.engine.queue.TaskDetails;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.forms.schema.FormField;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * One work item: the dossier as submitted, its files (preview and download), the applicant's
 * registry data on request (logged for the citizen), the timeline with comments, and the decisions
 * of the step. The services check unit, role and state; this page only offers what fits the step.
 */
@Route(value = "can-bo/cong-viec/:taskId", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class TaskView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final TaskDetails details;
    private final TaskDecisions decisions;
    private final DossierService dossiers;
    private final ProcedureForms forms;
    private final ProcedureCatalogue catalogue;
    private final vn.motcua.engine.staff.StaffDirectory directory;
    private final StaffMember staff;
    private final Span error = new Span();

    public TaskView(CurrentUser currentUser, TaskDetails details, TaskDecisions decisions, DossierService dossiers,
                    ProcedureForms forms, ProcedureCatalogue catalogue, vn.motcua.engine.staff.StaffDirectory directory) {
        this.directory = directory;
        this.details = details;
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.forms = forms;
        this.catalogue = catalogue;
        this.staff = currentUser.require().staff().orElseThrow();
        setId("task-view");
        addClassName("motcua-page");
        error.setId("decision-error");
        error.addClassName("motcua-field-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("taskId").orElse(""));
    }

    private void show(String taskId) {
        removeAll();
        TaskDetails.Details d;
        try {
            d = details.of(staff, taskId).orElse(null);
        } catch (QueueAccessDeniedException e) {
            d = null; // another unit's task: as if it did not exist
        }
        if (d == null) {
            add(new H1(getTranslation("task.not-found")));
            return;
        }
        var item = d.item();
        Span code = new Span(item.dossierCode());
        code.setId("task-dossier-code");
        Span step = new Span(item.taskName());
        step.setId("task-step");
        Span due = new Span(item.dueAt() == null ? "" : DisplayTimes.MINUTE.format(item.dueAt()));
        due.setId("task-due");
        add(new H1(getTranslation("task.title")),
                new Paragraph(new Span(getTranslation("dossier.code") + ": "), code),
                new Paragraph(getTranslation("dossier.procedure") + ": "
                        + catalogue.find(item.procedureCode()).map(CatalogueEntry::title).orElse(item.procedureCode())),
                new Paragraph(getTranslation("queue.applicant") + ": " + item.applicantName() + " (" + item.applicantId() + ")"
                        + " – " + getTranslation("task.channel." + d.dossier().channel())),
                new Paragraph(new Span(getTranslation("dossier.step") + ": "), step),
                new Paragraph(new Span(getTranslation("dossier.due") + ": "), due));
        add(new H3(getTranslation("task.form")), formData(d));
        add(new H3(getTranslation("task.files")), files(taskId, d.attachments(), "file", documentsAnswered(d)));
        if (!d.supplement().isEmpty()) {
            add(new H3(getTranslation("task.supplement")), files(taskId, d.supplement(), "supplement-file", Map.of()));
        }
        if (!d.consultations().isEmpty()) {
            add(new H3(getTranslation("task.consultations")), consultations(d.consultations()));
        }
        registry(taskId);
        decisionPanel(taskId, item.step(), item.assignee(), item.dossierCode());
        timeline(taskId, d.timeline(), new TimelineSentences(this, directory, item.applicantId(), item.applicantName()));
    }

    /** The submitted values with the form's own labels and option texts. */
    private Div formData(TaskDetails.Details d) {
        Map<String, Object> values = dossiers.formValues(d.dossier());
        Div list = new Div();
        list.setId("task-form-data");
        for (FormField field : forms.formOf(d.dossier().procedureCode()).valueFields()) {
            Object value = values.get(field.key());
            if (value == null || value instanceof List<?>) {
                continue;
            }
            String shown = field.optionLabel(value.toString());
            list.add(new Paragraph(field.label() + ": " + shown));
        }
        return list;
    }

    /** Which document of the checklist each attachment was filed as: attachment id → the upload field's label. */
    private Map<String, String> documentsAnswered(TaskDetails.Details d) {
        Map<String, Object> values = dossiers.formValues(d.dossier());
        Map<String, String> documents = new java.util.HashMap<>();
        for (FormField field : forms.formOf(d.dossier().procedureCode()).fields()) {
            if (field.type() == vn.motcua.forms.schema.FieldType.FILEPICKER && values.get(field.key()) instanceof List<?> ids) {
                ids.forEach(id -> documents.put(id.toString(), field.label()));
            }
        }
        return documents;
    }

    private Div files(String taskId, List<Attachment> attachments, String idPrefix, Map<String, String> documents) {
        Div box = new Div();
        for (Attachment a : attachments) {
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> details.attachment(staff, taskId, a.id())
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(), bytes.length))
                    .orElse(DownloadResponse.error(404)));
            Anchor download = new Anchor(handler, a.fileName() + " (" + a.sizeBytes() / 1024 + " KB)");
            download.setId(idPrefix + "-" + a.fileName());
            download.setTarget("_blank"); // PDFs open in the browser's viewer: the preview
            String document = documents.get(a.id());
            // labelled by the document it answers ("Giấy chứng sinh"), the file name beside it
            box.add(document == null ? new Paragraph(download) : new Paragraph(new Span(document + ": "), download));
            if (a.contentType().startsWith("image/")) {
                Image preview = new Image(handler, a.fileName());
                preview.addClassName("motcua-preview");
                box.add(preview);
            }
        }
        if (attachments.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.files.none")));
        }
        return box;
    }

    /** The opinions asked of coordinating agencies on this dossier, with their answers so far. */
    private Div consultations(List<vn.motcua.engine.queue.Consultation> asked) {
        Div list = new Div();
        list.setId("task-consultations");
        for (var c : asked) {
            Paragraph question = new Paragraph(c.agencyName() + " – " + getTranslation("task.consultation.question") + ": "
                    + c.question() + " (" + getTranslation("task.consultation.due") + " " + DisplayTimes.MINUTE.format(c.dueAt()) + ")");
            Paragraph answer = new Paragraph(c.answered()
                    ? getTranslation("task.consultation.answer") + ": " + c.answer()
                    : getTranslation("task.consultation.waiting"));
            answer.setId("consultation-answer-" + c.agencyUnit());
            list.add(question, answer);
        }
        return list;
    }

    private void registry(String taskId) {
        Div shown = new Div();
        shown.setId("task-registry");
        Button read = new Button(getTranslation("task.registry"), click -> {
            shown.removeAll();
            details.registryData(staff, taskId).ifPresentOrElse(r -> shown.add(
                    new Paragraph(getTranslation("profile.full-name") + ": " + r.fullName()),
                    new Paragraph(getTranslation("profile.birth-date") + ": " + DisplayTimes.DATE.format(r.birthDate())),
                    new Paragraph(getTranslation("profile.permanent-address") + ": " + r.permanentAddress()),
                    new Paragraph(getTranslation("task.registry.logged"))),
                    () -> shown.add(new Paragraph(getTranslation("task.registry.none"))));
        });
        read.setId("task-registry-read");
        add(new H3(getTranslation("task.registry.title")), read, shown);
    }

    private void decisionPanel(String taskId, String step, String assignee, String dossierCode) {
        TextArea reason = new TextArea(getTranslation("task.reason"));
        reason.setId("decision-reason");
        reason.setWidthFull();
        DatePicker appointment = new DatePicker(getTranslation("task.new-appointment"));
        appointment.setId("decision-date");
        com.vaadin.flow.component.combobox.MultiSelectComboBox<vn.motcua.engine.staff.StaffDirectory.Unit> agencies =
                new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(getTranslation("task.consultation.agencies"));
        agencies.setId("consultation-agencies");
        agencies.setItemLabelGenerator(vn.motcua.engine.staff.StaffDirectory.Unit::name);
        agencies.setWidthFull();
        boolean consults = Decision.at(step == null ? "" : step).contains(Decision.REQUEST_CONSULTATION)
                && staff.has(Decision.REQUEST_CONSULTATION.role());
        if (consults) {
            agencies.setItems(decisions.consultableAgencies(staff));
            appointment.setLabel(getTranslation("task.consultation.answer-by"));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (Decision decision : Decision.at(step == null ? "" : step)) {
            if (!staff.has(decision.role())) {
                continue;
            }
            Button button = new Button(getTranslation("decision." + decision.name()), click -> {
                try {
                    if (decision == Decision.REQUEST_CONSULTATION) {
                        decisions.requestConsultation(staff, taskId, agencies.getValue().stream()
                                .map(vn.motcua.engine.staff.StaffDirectory.Unit::code).toList(), reason.getValue(), appointment.getValue());
                    } else {
                        decisions.decide(staff, taskId, decision, reason.getValue(), appointment.getValue());
                    }
                    // back to the queue, which confirms what was recorded
                    getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class, DecisionConfirmation.parameters(decision, dossierCode)));
                } catch (DecisionRefusedException e) {
                    reason.setInvalid(e.fieldErrors().containsKey("reason"));
                    reason.setErrorMessage(e.fieldErrors().get("reason"));
                    agencies.setInvalid(e.fieldErrors().containsKey("agencies"));
                    agencies.setErrorMessage(e.fieldErrors().get("agencies"));
                    appointment.setInvalid(e.fieldErrors().containsKey("answerBy") || e.fieldErrors().containsKey("newAppointment"));
                    appointment.setErrorMessage(e.fieldErrors().getOrDefault("answerBy", e.fieldErrors().get("newAppointment")));
                    error.setText(String.join(" ", e.fieldErrors().values()));
                } catch (QueueAccessDeniedException e) {
                    error.setText(e.getMessage());
                }
            });
            button.setId("decide-" + decision.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (decision == Decision.ACCEPT || decision == Decision.PROPOSE || decision == Decision.APPROVE
                    || decision == Decision.FORWARD_AFTER_REWORK || decision == Decision.ANSWER_CONSULTATION) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(button);
        }
        if (buttons.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("task.no-decision")));
            return;
        }
        Div panel = new Div(new H3(getTranslation("task.decide")), reason);
        if (Decision.at(step).contains(Decision.APOLOGISE)) {
            panel.add(appointment);
        }
        if (consults) {
            panel.add(agencies, appointment);
        }
        if (assignee == null) {
            Button claim = new Button(getTranslation("queue.claim"), click -> {
                decisions.claim(staff, taskId);
                show(taskId);
            });
            claim.setId("task-claim");
            panel.add(claim);
        } else if (assignee.equals(staff.idNumber()) || staff.has(vn.motcua.engine.staff.StaffRole.LEADER)) {
            Button unclaim = new Button(getTranslation("task.unclaim"), click -> {
                decisions.unclaim(staff, taskId);
                show(taskId);
            });
            unclaim.setId("task-unclaim");
            panel.add(unclaim);
        }
        if (staff.has(vn.motcua.engine.staff.StaffRole.LEADER) || staff.idNumber().equals(assignee)) {
            com.vaadin.flow.component.select.Select<StaffMember> colleague = new com.vaadin.flow.component.select.Select<>();
            colleague.setLabel(getTranslation("task.reassign.to"));
            colleague.setId("task-reassign-to");
            colleague.setItems(directory.membersOf(staff.unitCode()));
            colleague.setItemLabelGenerator(m -> m.fullName() + " – " + m.title());
            Button reassign = new Button(getTranslation("task.reassign"), click -> {
                try {
                    if (colleague.getValue() != null) {
                        decisions.reassign(staff, taskId, colleague.getValue().idNumber());
                        show(taskId);
                    }
                } catch (DecisionRefusedException | QueueAccessDeniedException e) {
                    error.setText(e.getMessage());
                }
            });
            reassign.setId("task-reassign");
            panel.add(new HorizontalLayout(colleague, reassign));
        }
        panel.add(buttons, error);
        panel.addClassName("motcua-notice");
        add(panel);
    }

    private void timeline(String taskId, List<AuditEntry> events, TimelineSentences sentences) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("task-timeline");
        grid.addColumn(e -> DisplayTimes.MINUTE.format(e.occurredAt())).setHeader(getTranslation("dossier.when")).setAutoWidth(true);
        grid.addColumn(sentences::actor).setHeader(getTranslation("timeline.who")).setFlexGrow(1);
        grid.addColumn(sentences::sentence).setHeader(getTranslation("dossier.event")).setFlexGrow(3);
        // sentences are long: let them wrap instead of cutting them off
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        TextArea comment = new TextArea(getTranslation("task.comment"));
        comment.setId("task-comment");
        comment.setWidthFull();
        Button send = new Button(getTranslation("task.comment.send"), click -> {
            try {
                details.comment(staff, taskId, comment.getValue());
                show(taskId);
            } catch (DecisionRefusedException e) {
                comment.setInvalid(true);
                comment.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            }
        });
        send.setId("task-comment-send");
        add(new H3(getTranslation("dossier.timeline")), grid, comment, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.title") + " | MotCua";
    }
}
