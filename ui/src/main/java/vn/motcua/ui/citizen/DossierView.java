package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.dossier.DossierProgress;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * One of the citizen's dossiers: its code (the receipt after submitting), state, current step, due
 * time and timeline. Another citizen's code shows the same page as an unknown one.
 */
@Route(value = "ho-so/:code", layout = MainLayout.class)
@PermitAll
public class DossierView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter EVENT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final CurrentUser currentUser;

    public DossierView(DossierService dossiers, ProcedureCatalogue catalogue, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        setId("dossier-view");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        dossiers.findForApplicant(code, currentUser.require().idNumber()).ifPresentOrElse(d -> {
            DossierProgress progress = dossiers.progress(d);
            Span codeText = new Span(d.code());
            codeText.setId("dossier-code");
            Span state = new Span(getTranslation("dossier.state." + progress.state().name()));
            state.setId("dossier-state");
            add(new H2(getTranslation("dossier.title")),
                    new Paragraph(new Span(getTranslation("dossier.code") + ": "), codeText),
                    new Paragraph(getTranslation("dossier.procedure") + ": "
                            + catalogue.find(d.procedureCode()).map(CatalogueEntry::title).orElse(d.procedureCode())),
                    new Paragraph(new Span(getTranslation("dossier.state") + ": "), state),
                    new Paragraph(getTranslation("dossier.step") + ": " + String.join(", ", progress.currentSteps())),
                    new Paragraph(getTranslation("dossier.due") + ": "
                            + (progress.dueAt() == null ? "" : MyDossiersView.TIME.format(progress.dueAt()))));
            Grid<AuditEntry> timeline = new Grid<>();
            timeline.setId("dossier-timeline");
            timeline.addColumn(e -> EVENT.format(e.occurredAt())).setHeader(getTranslation("dossier.when")).setAutoWidth(true);
            timeline.addColumn(e -> getTranslation("event." + e.action())).setHeader(getTranslation("dossier.event"));
            timeline.setItems(progress.timeline());
            timeline.setAllRowsVisible(true);
            add(new H3(getTranslation("dossier.timeline")), timeline);
        }, () -> add(new H2(getTranslation("dossier.not-found", code))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.title") + " | MotCua";
    }
}
