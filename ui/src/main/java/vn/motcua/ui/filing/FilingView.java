package vn.motcua.ui.filing;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.DraftService;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.identity.AccountLevelPolicy;
import vn.motcua.engine.payment.Payment;
import vn.motcua.engine.payment.PaymentService;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.Money;
import vn.motcua.ui.base.ReadOnlyBlock;
import vn.motcua.ui.catalogue.ProcedureDetailView;
import vn.motcua.ui.citizen.DossierView;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * Filing a procedure online as a wizard: fill → attach → review → pay (when there is a fee) →
 * submit. The account level is checked before any form is shown; the applicant block comes from
 * the residents database (read-only, source named). Each step is checked by the same rules the
 * submission applies; the draft is saved at every change, so the wizard survives the trip to the
 * payment gateway and a switch of browser.
 */
@Route(value = "thu-tuc/:code/nop-ho-so", layout = MainLayout.class)
@PermitAll
public class FilingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The parts of one built wizard, kept while the citizen moves between its steps. */
    private record Wizard(String code, String idNumber, FormRenderer form, Html applicantBlock, Html attachNote,
                          Div review, FilingPaymentStep payment) {
    }

    private static final EnumSet<RegistryField> APPLICANT_FIELDS = EnumSet.of(RegistryField.FULL_NAME,
            RegistryField.BIRTH_DATE, RegistryField.GENDER, RegistryField.PERMANENT_ADDRESS, RegistryField.CURRENT_ADDRESS,
            RegistryField.SPOUSE);
    static final String PAYMENT_RETURN = WizardStep.PAY.slug;
    private static final String STEP_PARAMETER = "buoc";

    private final ProcedureCatalogue catalogue;
    private final AccountLevelPolicy levels;
    private final ResidentsDatabase registry;
    private final CurrentUser currentUser;
    private final DossierService dossiers;
    private final ProcedureForms forms;
    private final AttachmentService attachments;
    private final DraftService drafts;
    private final PaymentService payments;

    private CatalogueEntry entry;
    /** Where the citizen is: static text, rebuilt at each step (one node, not a component per step). */
    private final Html stepper = new Html("<div id=\"filing-steps\" class=\"motcua-steps\"></div>");
    private final Div content = new Div();
    private final Paragraph errors = new Paragraph();
    private Button back;
    private Button next;
    private Button submit;
    private String returnedPaymentRef;
    private final List<WizardStep> steps = new ArrayList<>();
    private WizardStep current;
    private Wizard wizard;

    public FilingView(ProcedureCatalogue catalogue, AccountLevelPolicy levels, ResidentsDatabase registry,
                      CurrentUser currentUser, DossierService dossiers, ProcedureForms forms,
                      AttachmentService attachments, DraftService drafts, PaymentService payments) {
        this.catalogue = catalogue;
        this.levels = levels;
        this.registry = registry;
        this.currentUser = currentUser;
        this.dossiers = dossiers;
        this.forms = forms;
        this.attachments = attachments;
        this.drafts = drafts;
        this.payments = payments;
        setId("filing-view");
        addClassName("motcua-page");
        errors.setId("filing-errors");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        WizardStep requested = query.getOrDefault(STEP_PARAMETER, List.of()).stream().findFirst().flatMap(WizardStep::ofSlug).orElse(WizardStep.FILL);
        returnedPaymentRef = query.getOrDefault("ref", List.of()).stream().findFirst().orElse(null);
        if (wizard != null && wizard.code().equals(code) && wizard.idNumber().equals(currentUser.require().idNumber())) {
            // a step change (a button or the browser's back/forward): same wizard, other step
            go(reachable(requested));
            return;
        }
        wizard = null;
        entry = catalogue.find(code).orElse(null);
        removeAll();
        if (entry == null) {
            add(new H1(getTranslation("detail.notfound", code)));
            return;
        }
        add(new RouterLink(getTranslation("filing.back"), ProcedureDetailView.class, new RouteParameters("code", code)));
        add(new H1(getTranslation("filing.title", entry.title())));
        if (!forms.offeredOnline(entry)) {
            // an address typed or kept from before: the same rule as the submission applies
            Paragraph notOnline = new Paragraph(getTranslation("detail.file.unavailable"));
            notOnline.setId("not-online");
            notOnline.addClassName("motcua-notice");
            add(notOnline);
            return;
        }
        VneidUser user = currentUser.require();
        if (!levels.mayFile(code, user.level())) {
            int required = levels.requiredLevel(code);
            Div explanation = new Div(new H3(getTranslation("filing.level.title", required)),
                    new Paragraph(getTranslation("filing.level.text", required, user.level())),
                    new Paragraph(getTranslation("filing.level.how")));
            explanation.setId("level-explanation");
            explanation.addClassName("motcua-notice");
            add(explanation);
            return;
        }
        RegistryReader reader = new RegistryReader(user.idNumber(), user.fullName(), getTranslation("filing.purpose", code), null);
        registry.findByIdNumber(user.idNumber(), APPLICANT_FIELDS, reader)
                .ifPresent(resident -> wizard(user, resident, requested));
    }

    private void wizard(VneidUser user, Resident resident, WizardStep requested) {
        String code = entry.code();
        // one key per visit to this page: a double click or a resubmitted request files once
        String idempotencyKey = "ui-" + UUID.randomUUID();
        FormRenderer form = FormRenderer.inSteps(forms.formOf(code), ApplicantFacts.prefill(resident),
                (name, bytes) -> attachments.store(user.idNumber(), name, bytes).id());
        form.setId("procedure-form");
        Span draftStatus = new Span();
        draftStatus.setId("draft-status");
        drafts.find(user.idNumber(), code).ifPresent(draft -> {
            List<String> ids = draft.formData().values().stream().filter(v -> v instanceof List<?>)
                    .flatMap(v -> ((List<?>) v).stream()).map(Object::toString).toList();
            Map<String, String> names = new HashMap<>();
            attachments.ownedBy(user.idNumber(), ids).forEach(a -> names.put(a.id(), a.fileName()));
            form.restore(draft.formData(), names);
            draftStatus.setText(getTranslation("filing.draft.restored", DisplayTimes.SECOND.format(draft.updatedAt())));
        });
        Runnable saveDraft = () -> draftStatus.setText(getTranslation("filing.draft.saved",
                DisplayTimes.SECOND.format(drafts.save(user.idNumber(), code, form.draftValues()))));
        form.onChange(saveDraft);

        OptionalLong fee = payments.onlineFee(code);
        steps.clear();
        steps.addAll(fee.isPresent() ? List.of(WizardStep.values()) : List.of(WizardStep.FILL, WizardStep.ATTACH, WizardStep.REVIEW));
        Html applicantBlock = ApplicantFacts.block(resident, this);
        Element note = ReadOnlyBlock.root("p", "filing-attach-note");
        note.text(getTranslation(form.hasUploads() ? "filing.attach.hint" : "filing.attach.none"));
        Html attachNote = ReadOnlyBlock.of(note);
        Div review = new Div();
        review.setId("filing-review");
        FilingPaymentStep payment = new FilingPaymentStep(payments);
        content.removeAll();
        content.add(applicantBlock, attachNote, form, review, payment);

        // new buttons per visit: a listener added on an earlier visit must not fire again
        back = new Button(getTranslation("filing.previous"));
        back.setId("wizard-back");
        next = new Button(getTranslation("filing.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit = new Button(getTranslation("filing.submit"));
        submit.setId("submit-dossier");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        back.addClickListener(click -> navigate(steps.get(steps.indexOf(current) - 1)));
        next.addClickListener(click -> {
            if (stepIsValid(user, form)) {
                saveDraft.run();
                navigate(steps.get(steps.indexOf(current) + 1));
            }
        });
        submit.addClickListener(click -> submit(user, resident, form, idempotencyKey));
        // the draft's state beside the buttons, where the citizen's eyes are after typing
        HorizontalLayout buttons = new HorizontalLayout(back, next, submit, draftStatus);
        buttons.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(stepper, content, errors, buttons);
        wizard = new Wizard(code, user.idNumber(), form, applicantBlock, attachNote, review, payment);
        go(reachable(requested));
    }

    /** Moves to a step through its address, so that the browser's history holds every step. */
    private void navigate(WizardStep step) {
        getUI().ifPresent(ui -> ui.navigate(FilingView.class, new RouteParameters("code", entry.code()),
                com.vaadin.flow.router.QueryParameters.of(STEP_PARAMETER, step.slug)));
    }

    /**
     * The step asked for in the address, or the first step before it that still has wrong fields: an
     * address typed or kept in the history never skips the checks the buttons apply.
     */
    private WizardStep reachable(WizardStep requested) {
        WizardStep wanted = steps.contains(requested) ? requested : WizardStep.FILL;
        if (wanted == WizardStep.FILL) {
            return wanted;
        }
        Map<String, String> found = dossiers.check(currentUser.require().idNumber(), entry.code(), wizard.form().values());
        for (WizardStep earlier : List.of(WizardStep.FILL, WizardStep.ATTACH)) {
            if (earlier.ordinal() >= wanted.ordinal()) {
                break;
            }
            Map<String, String> inStep = new HashMap<>(found);
            inStep.keySet().retainAll(wizard.form().errorKeys(earlier == WizardStep.FILL ? FormRenderer.Part.FIELDS : FormRenderer.Part.UPLOADS));
            if (!inStep.isEmpty()) {
                return earlier;
            }
        }
        return wanted;
    }

    /** Shows one step: its part of the form or its summary, and the buttons that make sense there. */
    private void go(WizardStep step) {
        FormRenderer form = wizard.form();
        Div review = wizard.review();
        FilingPaymentStep payment = wizard.payment();
        current = step;
        Element labels = ReadOnlyBlock.root("div", "filing-steps").addClass("motcua-steps");
        for (WizardStep s : steps) {
            labels.appendElement("span").id("step-" + s.name().toLowerCase(Locale.ROOT))
                    .addClass(s == step ? "current" : s.ordinal() < step.ordinal() ? "done" : "todo")
                    .text(getTranslation("filing.step." + s.name()));
        }
        ReadOnlyBlock.replace(stepper, labels);
        wizard.applicantBlock().setVisible(step == WizardStep.FILL);
        wizard.attachNote().setVisible(step == WizardStep.ATTACH);
        form.setVisible(step == WizardStep.FILL || step == WizardStep.ATTACH);
        form.show(step == WizardStep.ATTACH ? FormRenderer.Part.UPLOADS : FormRenderer.Part.FIELDS);
        review.setVisible(step == WizardStep.REVIEW);
        payment.setVisible(step == WizardStep.PAY);
        if (step == WizardStep.REVIEW) {
            showReview(review, form);
        }
        boolean last = steps.indexOf(step) == steps.size() - 1;
        back.setVisible(steps.indexOf(step) > 0);
        next.setVisible(!last);
        submit.setVisible(last);
        submit.setEnabled(true);
        if (step == WizardStep.PAY) {
            String returnPath = "/thu-tuc/" + entry.code() + "/nop-ho-so?" + STEP_PARAMETER + "=" + PAYMENT_RETURN;
            submit.setEnabled(payment.show(currentUser.require().idNumber(), entry.code(), returnedPaymentRef, returnPath));
        }
        errors.setText("");
    }

    /** Checks the current step's fields with the submission's rules; shows their messages. */
    private boolean stepIsValid(VneidUser user, FormRenderer form) {
        if (current != WizardStep.FILL && current != WizardStep.ATTACH) {
            return true;
        }
        Map<String, String> found = new HashMap<>(dossiers.check(user.idNumber(), entry.code(), form.values()));
        found.keySet().retainAll(form.errorKeys(current == WizardStep.FILL ? FormRenderer.Part.FIELDS : FormRenderer.Part.UPLOADS));
        form.showErrors(found);
        errors.setText(found.isEmpty() ? "" : getTranslation("filing.errors", found.size()));
        return found.isEmpty();
    }

    private void showReview(Div review, FormRenderer form) {
        review.removeAll();
        // label beside value as a description list: long values wrap instead of leaving the screen
        com.vaadin.flow.component.html.DescriptionList lines = new com.vaadin.flow.component.html.DescriptionList();
        lines.setId("review-lines");
        lines.addClassName("motcua-review");
        for (FormRenderer.Line line : form.review()) {
            lines.add(new com.vaadin.flow.component.html.DescriptionList.Term(line.label()),
                    new com.vaadin.flow.component.html.DescriptionList.Description(line.value()));
        }
        OptionalLong fee = payments.onlineFee(entry.code());
        review.add(new H3(getTranslation("filing.review.title")), lines, new Paragraph(fee.isPresent()
                ? getTranslation("filing.review.fee", Money.vnd(fee.getAsLong())) : getTranslation("filing.review.free")));
    }

    private void submit(VneidUser user, Resident resident, FormRenderer form, String idempotencyKey) {
        String code = entry.code();
        String paymentId = payments.onlineFee(code).isPresent()
                ? payments.openForFiling(user.idNumber(), code).filter(Payment::paid).map(Payment::id).orElse(null) : null;
        try {
            Dossier dossier = dossiers.submit(Applicant.of(resident), user.level(),
                    new SubmitDossier(code, "ONLINE", form.values(), idempotencyKey, paymentId));
            drafts.discard(user.idNumber(), code);
            getUI().ifPresent(ui -> ui.navigate(DossierView.class, new RouteParameters("code", dossier.code()),
                    com.vaadin.flow.router.QueryParameters.of(DossierView.JUST_FILED, "1")));
        } catch (InvalidDossierException e) {
            // back to the first step that holds a wrong field, with every message on its field
            WizardStep first = e.fieldErrors().keySet().stream().anyMatch(form.errorKeys(FormRenderer.Part.FIELDS)::contains) ? WizardStep.FILL
                    : e.fieldErrors().keySet().stream().anyMatch(form.errorKeys(FormRenderer.Part.UPLOADS)::contains) ? WizardStep.ATTACH
                    : e.fieldErrors().containsKey("paymentId") && steps.contains(WizardStep.PAY) ? WizardStep.PAY : current;
            if (first != current) {
                navigate(first);
            }
            form.showErrors(e.fieldErrors());
            errors.setText(String.join(" ", e.fieldErrors().entrySet().stream().filter(x -> !x.getKey().startsWith("formData."))
                    .map(Map.Entry::getValue).toList()) + " " + getTranslation("filing.errors", e.fieldErrors().size()));
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("filing.title", entry == null ? "" : entry.title()) + " | MotCua";
    }
}
