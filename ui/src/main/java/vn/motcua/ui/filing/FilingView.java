package vn.motcua.ui.filing;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Map;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.DraftService;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.ui.citizen.DossierView;
import vn.motcua.engine.identity.AccountLevelPolicy;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.RegistryValue;
import vn.motcua.ui.catalogue.ProcedureDetailView;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * Filing a procedure online, first step: who files. The account level is checked against what the
 * procedure requires before any form is shown; the applicant block is prefilled from the residents
 * database (read-only, source named), so the citizen is not asked again for what it holds.
 */
@Route(value = "thu-tuc/:code/nop-ho-so", layout = MainLayout.class)
@PermitAll
public class FilingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final EnumSet<RegistryField> APPLICANT_FIELDS = EnumSet.of(RegistryField.FULL_NAME,
            RegistryField.BIRTH_DATE, RegistryField.GENDER, RegistryField.PERMANENT_ADDRESS, RegistryField.CURRENT_ADDRESS,
            RegistryField.SPOUSE);

    private final ProcedureCatalogue catalogue;
    private final AccountLevelPolicy levels;
    private final ResidentsDatabase registry;
    private final CurrentUser currentUser;
    private final DossierService dossiers;
    private final ProcedureForms forms;
    private final AttachmentService attachments;
    private final DraftService drafts;
    private CatalogueEntry entry;
    private static final DateTimeFormatter DRAFT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    public FilingView(ProcedureCatalogue catalogue, AccountLevelPolicy levels, ResidentsDatabase registry,
                      CurrentUser currentUser, DossierService dossiers, ProcedureForms forms,
                      AttachmentService attachments, DraftService drafts) {
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.forms = forms;
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.levels = levels;
        this.registry = registry;
        this.currentUser = currentUser;
        setId("filing-view");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        entry = catalogue.find(code).orElse(null);
        removeAll();
        if (entry == null) {
            add(new H2(getTranslation("detail.notfound", code)));
            return;
        }
        add(new RouterLink(getTranslation("filing.back"), ProcedureDetailView.class, new RouteParameters("code", code)));
        add(new H2(getTranslation("filing.title", entry.title())));
        VneidUser user = currentUser.require();
        int required = levels.requiredLevel(code);
        if (!levels.mayFile(code, user.level())) {
            Div explanation = new Div(new H3(getTranslation("filing.level.title", required)),
                    new Paragraph(getTranslation("filing.level.text", required, user.level())),
                    new Paragraph(getTranslation("filing.level.how")));
            explanation.setId("level-explanation");
            explanation.addClassName("motcua-notice");
            add(explanation);
            return;
        }
        applicant(user, code);
    }

    private final com.vaadin.flow.component.html.Paragraph errors = new com.vaadin.flow.component.html.Paragraph();

    private void applicant(VneidUser user, String code) {
        errors.setId("filing-errors");
        RegistryReader reader = new RegistryReader(user.idNumber(), user.fullName(),
                getTranslation("filing.purpose", code), null);
        add(new H3(getTranslation("filing.applicant")));
        registry.findByIdNumber(user.idNumber(), APPLICANT_FIELDS, reader).ifPresent(r -> {
            // one key per visit to this page: a double click or a resubmitted request files once
            String idempotencyKey = "ui-" + java.util.UUID.randomUUID();
            Map<String, String> prefill = new java.util.HashMap<>();
            boolean male = r.gender() == vn.motcua.forms.identity.Gender.MALE;
            prefill.put(male ? "registry:father" : "registry:mother", r.idNumber());
            if (r.spouseIdNumber() != null) {
                prefill.put(male ? "registry:mother" : "registry:father", r.spouseIdNumber());
            }
            FormRenderer form = new FormRenderer(forms.formOf(code), prefill,
                    (name, bytes) -> attachments.store(user.idNumber(), name, bytes).id());
            form.setId("procedure-form");
            // the draft: put back what was typed before (any browser), and save it at every change
            Span draftStatus = new Span();
            draftStatus.setId("draft-status");
            drafts.find(user.idNumber(), code).ifPresent(draft -> {
                List<String> ids = draft.formData().values().stream().filter(v -> v instanceof List<?>)
                        .flatMap(v -> ((List<?>) v).stream()).map(Object::toString).toList();
                Map<String, String> names = new java.util.HashMap<>();
                attachments.ownedBy(user.idNumber(), ids).forEach(a -> names.put(a.id(), a.fileName()));
                form.restore(draft.formData(), names);
                draftStatus.setText(getTranslation("filing.draft.restored", DRAFT_TIME.format(draft.updatedAt())));
            });
            form.onChange(() -> draftStatus.setText(getTranslation("filing.draft.saved",
                    DRAFT_TIME.format(drafts.save(user.idNumber(), code, form.draftValues())))));
            Button submit = new Button(getTranslation("filing.submit"), click -> {
                try {
                    Dossier dossier = dossiers.submit(new Applicant(r.idNumber(), r.fullName(), r.permanentWardCode(),
                            ShippedAdminUnits.provinceOfWard(r.permanentWardCode()).orElse(null)), user.level(),
                            new SubmitDossier(code, "ONLINE", form.values(), idempotencyKey));
                    drafts.discard(user.idNumber(), code);
                    getUI().ifPresent(ui -> ui.navigate(DossierView.class, new RouteParameters("code", dossier.code())));
                } catch (InvalidDossierException e) {
                    form.showErrors(e.fieldErrors());
                    errors.setText(getTranslation("filing.errors", e.fieldErrors().size()));
                    click.getSource().setEnabled(true);
                }
            });
            submit.setId("submit-dossier");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            FormLayout applicantBlock = new FormLayout();
            applicantBlock.add(RegistryValue.field(this, "applicant-id-number", "profile.id-number", r.idNumber()),
                    RegistryValue.field(this, "applicant-full-name", "profile.full-name", r.fullName()),
                    RegistryValue.field(this, "applicant-birth-date", "profile.birth-date", DATE.format(r.birthDate())),
                    RegistryValue.field(this, "applicant-gender", "profile.gender", getTranslation("gender." + r.gender().name())),
                    RegistryValue.field(this, "applicant-permanent-address", "profile.permanent-address", r.permanentAddress()),
                    RegistryValue.field(this, "applicant-current-address", "profile.current-address", r.currentAddress()));
            add(applicantBlock, new H3(getTranslation("filing.form")), draftStatus, form, errors, submit);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("filing.title", entry == null ? "" : entry.title()) + " | MotCua";
    }
}
