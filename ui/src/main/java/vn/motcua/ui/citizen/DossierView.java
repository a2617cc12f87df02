package vn.motcua.ui.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierProgress;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.dossier.SatisfactionRatings;
import vn.motcua.engine.dossier.SupplementResponses;
import vn.motcua.engine.payment.Payment;
import vn.motcua.engine.payment.PaymentService;
import vn.motcua.ui.base.AttachmentUpload;
import vn.motcua.ui.base.CardColumns;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.Money;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * One of the citizen's dossiers: its code (the receipt after submitting), state, current step, due
 * time, fee receipt, what is asked of the citizen (pay, supplement), the signed documents issued,
 * the satisfaction rating once it is done, and the timeline. Another citizen's code shows the same
 * page as an unknown one.
 */
@Route(value = "ho-so/:code", layout = MainLayout.class)
@PermitAll
public class DossierView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final DossierService dossiers;
    private final vn.motcua.engine.catalogue.UnitNames unitNames;
    private final ProcedureCatalogue catalogue;
    private final CurrentUser currentUser;
    private final PaymentService payments;
    private final SupplementResponses supplements;
    private final SatisfactionRatings ratings;
    private final DocumentService documents;
    private final AttachmentService attachments;

    public DossierView(DossierService dossiers, ProcedureCatalogue catalogue, CurrentUser currentUser, PaymentService payments,
                       SupplementResponses supplements, SatisfactionRatings ratings, DocumentService documents,
                       AttachmentService attachments, vn.motcua.engine.catalogue.UnitNames unitNames) {
        this.unitNames = unitNames;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.payments = payments;
        this.supplements = supplements;
        this.ratings = ratings;
        this.documents = documents;
        this.attachments = attachments;
        setId("dossier-view");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        justFiled = event.getLocation().getQueryParameters().getParameters().containsKey(JUST_FILED);
        show(code);
    }

    /** The query parameter the wizard adds after filing: the page opens with the confirmation. */
    public static final String JUST_FILED = "da-nop";

    private boolean justFiled;

    private void show(String code) {
        removeAll();
        VneidUser user = currentUser.require();
        dossiers.findForApplicant(code, user.idNumber()).ifPresentOrElse(d -> {
            DossierProgress progress = dossiers.progress(d);
            Span codeText = new Span(d.code());
            codeText.setId("dossier-code");
            Span state = new Span(getTranslation("dossier.state." + progress.state().name()));
            state.setId("dossier-state");
            String agency = unitNames.nameOf(d.unitCode()).orElse(d.unitCode());
            Span agencyText = new Span(agency);
            agencyText.setId("dossier-agency");
            if (justFiled) {
                Paragraph filed = new Paragraph(getTranslation("dossier.filed", d.code(), agency,
                        progress.dueAt() == null ? "" : DisplayTimes.MINUTE.format(progress.dueAt())));
                filed.setId("dossier-filed");
                filed.addClassName("motcua-confirmation");
                filed.getElement().setAttribute("role", "status");
                add(filed);
            }
            add(new H1(getTranslation("dossier.title")),
                    new Paragraph(new Span(getTranslation("dossier.code") + ": "), codeText),
                    new Paragraph(new Span(getTranslation("dossier.agency") + ": "), agencyText),
                    new Paragraph(getTranslation("dossier.procedure") + ": "
                            + catalogue.find(d.procedureCode()).map(CatalogueEntry::title).orElse(d.procedureCode())),
                    new Paragraph(new Span(getTranslation("dossier.state") + ": "), state),
                    new Paragraph(getTranslation("dossier.step") + ": " + (progress.currentSteps().isEmpty()
                            ? getTranslation(progress.state().finished() ? "dossier.step.none" : "dossier.step.registering")
                            : String.join(", ", progress.currentSteps()))),
                    new Paragraph(getTranslation("dossier.due") + ": " + (progress.dueAt() != null
                            ? DisplayTimes.MINUTE.format(progress.dueAt())
                            : getTranslation(progress.state().finished() ? "dossier.step.none" : "dossier.due.pending"))));
            if (progress.refusalReason() != null) {
                // the reason is stated here, not only in the refusal notice's PDF
                Paragraph reason = new Paragraph(new Span(getTranslation("dossier.refusalReason") + ": "),
                        new Span(progress.refusalReason()));
                reason.setId("dossier-refusal-reason");
                reason.addClassName("motcua-refusal");
                add(reason);
            }
            payment(d, progress, user);
            supplements.pendingRequest(d).ifPresent(request -> supplement(d, request, user));
            var issued = documents.forDossier(d.code());
            if (!issued.isEmpty()) {
                DocumentList list = new DocumentList(documents, user.idNumber(), issued);
                list.setId("dossier-documents");
                add(new H3(getTranslation("dossier.documents")), list);
            }
            if (progress.state().finished()) {
                rating(d, user);
            }
            Grid<AuditEntry> timeline = new Grid<>();
            timeline.setId("dossier-timeline");
            CardColumns<AuditEntry> steps = CardColumns.of(timeline);
            steps.text(getTranslation("dossier.when"), e -> DisplayTimes.SECOND.format(e.occurredAt())).setAutoWidth(true);
            steps.text(getTranslation("dossier.event"), e -> getTranslation("event." + e.action())).setFlexGrow(3);
            steps.stackOnNarrow();
            timeline.setItems(progress.timeline());
            timeline.setAllRowsVisible(true);
            add(new H3(getTranslation("dossier.timeline")), timeline);
        }, () -> add(new H1(getTranslation("dossier.not-found", code))));
    }

    /** The fee receipt, or the way to pay when the dossier waits for its fee. */
    private void payment(Dossier d, DossierProgress progress, VneidUser user) {
        List<Payment> receipts = payments.receiptsOf(d.code());
        for (Payment receipt : receipts) {
            Paragraph line = new Paragraph(getTranslation("dossier.payment.receipt", Money.vnd(receipt.amountVnd()),
                    receipt.gatewayTransactionId(), DisplayTimes.MINUTE.format(receipt.settledAt())));
            line.setId("dossier-payment");
            add(line);
        }
        if (receipts.isEmpty() && progress.awaitingPayment()) {
            Button pay = new Button(getTranslation("dossier.payment.pay"), click -> {
                Payment order = payments.startForDossier(user.idNumber(), d.applicantIdNumber(), d.procedureCode(), d.code());
                getUI().ifPresent(ui -> ui.getPage().setLocation(payments.gatewayRedirect(order, "/ho-so/" + d.code())));
            });
            pay.setId("dossier-pay");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(pay);
        }
    }

    /** Reception asked for more (Mẫu 02): what, and the one answer the citizen may send. */
    private void supplement(Dossier d, String request, VneidUser user) {
        Paragraph asked = new Paragraph(request);
        asked.setId("supplement-request");
        AttachmentUpload upload = new AttachmentUpload((name, bytes) -> attachments.store(user.idNumber(), name, bytes).id());
        upload.setId("supplement-upload");
        TextArea note = new TextArea(getTranslation("dossier.supplement.note"));
        note.setId("supplement-note");
        note.setMaxLength(1000);
        Span error = new Span();
        error.setId("supplement-error");
        error.addClassName("motcua-field-error");
        Button send = new Button(getTranslation("dossier.supplement.send"), click -> {
            try {
                supplements.respond(d.code(), user.idNumber(), upload.attachmentIds(), note.getValue());
                show(d.code());
            } catch (InvalidDossierException e) {
                error.setText(String.join(" ", e.fieldErrors().values()));
                click.getSource().setEnabled(true);
            }
        });
        send.setId("supplement-send");
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("dossier.supplement.title")), asked, upload, note, error, send);
        box.addClassName("motcua-notice");
        add(box);
    }

    private void rating(Dossier d, VneidUser user) {
        ratings.of(d.code()).ifPresentOrElse(r -> {
            Paragraph done = new Paragraph(getTranslation("dossier.rating.done", r.score()));
            done.setId("rating-done");
            add(new H3(getTranslation("dossier.rating.title")), done);
        }, () -> {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("dossier.rating.score"));
            score.setItems(1, 2, 3, 4, 5);
            score.setItemLabelGenerator(s -> getTranslation("dossier.rating." + s));
            score.setId("rating-score");
            TextArea comment = new TextArea(getTranslation("dossier.rating.comment"));
            comment.setId("rating-comment");
            comment.setMaxLength(1000);
            Span error = new Span();
            error.setId("rating-error");
            error.addClassName("motcua-field-error");
            Button send = new Button(getTranslation("dossier.rating.send"), click -> {
                try {
                    ratings.rate(d.code(), user.idNumber(), score.getValue() == null ? 0 : score.getValue(), comment.getValue());
                    show(d.code());
                } catch (InvalidDossierException e) {
                    error.setText(String.join(" ", e.fieldErrors().values()));
                }
            });
            send.setId("rating-send");
            add(new H3(getTranslation("dossier.rating.title")), score, comment, error, send);
        });
    }


    @Override
    public String getPageTitle() {
        return getTranslation("dossier.title") + " | MotCua";
    }
}
