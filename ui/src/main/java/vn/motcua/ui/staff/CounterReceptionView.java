package vn.motcua.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.dossier.CounterReception;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.filing.FormRenderer;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * Counter reception: scan (the scanner types the text) or paste the chip ID card's QR, check it
 * against the residents database, pick the procedure, fill the same form on the citizen's behalf,
 * and file it; the dossier's channel is "in person".
 */
@Route(value = "can-bo/tiep-nhan-truc-tiep", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class CounterReceptionView extends Main implements HasDynamicTitle {

    private final CounterReception counter;
    private final ProcedureCatalogue catalogue;
    private final ProcedureForms forms;
    private final AttachmentService attachments;
    private final StaffMember staff;
    private final Div citizenBox = new Div();
    private final Div formBox = new Div();

    public CounterReceptionView(CurrentUser currentUser, CounterReception counter, ProcedureCatalogue catalogue,
                                ProcedureForms forms, AttachmentService attachments) {
        this.counter = counter;
        this.catalogue = catalogue;
        this.forms = forms;
        this.attachments = attachments;
        this.staff = currentUser.require().staff().orElseThrow();
        setId("counter-view");
        addClassName("motcua-page");
        TextArea qr = new TextArea(getTranslation("counter.qr"));
        qr.setId("qr-text");
        qr.setWidthFull();
        qr.setHelperText(getTranslation("counter.qr.help"));
        Span problems = new Span();
        problems.setId("qr-error");
        problems.addClassName("motcua-field-error");
        Button read = new Button(getTranslation("counter.read"), click -> {
            citizenBox.removeAll();
            formBox.removeAll();
            var identification = counter.identify(staff, qr.getValue());
            problems.setText(String.join(" ", identification.problems()));
            qr.setInvalid(!identification.problems().isEmpty());
            identification.resident().ifPresent(this::citizen);
        });
        read.setId("qr-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("counter.title")), qr, problems, read, citizenBox, formBox);
    }

    private void citizen(Resident r) {
        Span name = new Span(r.fullName());
        name.setId("counter-citizen-name");
        citizenBox.add(new H3(getTranslation("counter.citizen")),
                new Paragraph(new Span(getTranslation("profile.full-name") + ": "), name),
                new Paragraph(getTranslation("profile.id-number") + ": " + r.idNumber()),
                new Paragraph(getTranslation("profile.birth-date") + ": " + DisplayTimes.DATE.format(r.birthDate())),
                new Paragraph(getTranslation("profile.permanent-address") + ": " + r.permanentAddress()));
        ComboBox<CatalogueEntry> procedure = new ComboBox<>(getTranslation("counter.procedure"));
        procedure.setId("counter-procedure");
        procedure.setWidthFull();
        procedure.setItems(catalogue.allEntries());
        procedure.setItemLabelGenerator(e -> e.code() + " – " + e.title());
        procedure.addValueChangeListener(e -> {
            formBox.removeAll();
            if (e.getValue() != null) {
                form(r, e.getValue());
            }
        });
        citizenBox.add(procedure);
    }

    private void form(Resident r, CatalogueEntry entry) {
        String key = "counter-" + UUID.randomUUID();
        // files brought to the counter are scanned and stored as the citizen's own attachments
        FormRenderer form = new FormRenderer(forms.formOf(entry.code()), Map.of("registry:self", r.idNumber()),
                (name, bytes) -> attachments.store(r.idNumber(), name, bytes).id());
        form.setId("procedure-form");
        Span errors = new Span();
        errors.setId("counter-errors");
        errors.addClassName("motcua-field-error");
        Button submit = new Button(getTranslation("counter.submit"), click -> {
            try {
                Dossier dossier = counter.file(staff, r, entry.code(), form.values(), key);
                formBox.removeAll();
                Span code = new Span(dossier.code());
                code.setId("counter-dossier-code");
                formBox.add(new Paragraph(new Span(getTranslation("counter.filed") + " "), code));
            } catch (InvalidDossierException e) {
                form.showErrors(e.fieldErrors());
                errors.setText(getTranslation("filing.errors", e.fieldErrors().size()));
                click.getSource().setEnabled(true);
            }
        });
        submit.setId("counter-submit");
        submit.setDisableOnClick(true);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formBox.add(new H3(entry.title()), form, errors, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title") + " | MotCua";
    }
}
