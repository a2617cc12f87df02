package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.dossier.DossierOverview;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/** "Hồ sơ của tôi": the citizen's dossiers with their state, current step and due date. */
@Route(value = "ho-so", layout = MainLayout.class)
@PermitAll
public class MyDossiersView extends Main implements HasDynamicTitle {


    public MyDossiersView(CurrentUser currentUser, DossierService dossiers, ProcedureCatalogue catalogue) {
        setId("my-dossiers-view");
        addClassName("motcua-page");
        Grid<DossierOverview> grid = new Grid<>();
        grid.setId("my-dossiers");
        grid.addComponentColumn(r -> new RouterLink(r.dossier().code(), DossierView.class,
                new RouteParameters("code", r.dossier().code()))).setHeader(getTranslation("dossier.code")).setAutoWidth(true);
        grid.addColumn(r -> catalogue.find(r.dossier().procedureCode()).map(CatalogueEntry::title)
                .orElse(r.dossier().procedureCode())).setHeader(getTranslation("dossier.procedure")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("dossier.state." + r.status().name()))
                .setHeader(getTranslation("dossier.state")).setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.currentSteps())).setHeader(getTranslation("dossier.step"));
        grid.addColumn(r -> r.dueAt() == null ? "" : DisplayTimes.MINUTE.format(r.dueAt()))
                .setHeader(getTranslation("dossier.due")).setAutoWidth(true);
        // one query for the whole list: the status read model, not the engine's history
        grid.setItems(dossiers.overviewsForApplicant(currentUser.require().idNumber()));
        add(new H1(getTranslation("dossier.mine")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.mine") + " | MotCua";
    }
}
