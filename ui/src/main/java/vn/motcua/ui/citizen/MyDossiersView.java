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
import vn.motcua.ui.base.CardColumns;
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
        CardColumns<DossierOverview> columns = CardColumns.of(grid);
        columns.component(getTranslation("dossier.code"), r -> new RouterLink(r.dossier().code(), DossierView.class,
                new RouteParameters("code", r.dossier().code()))).setAutoWidth(true);
        columns.text(getTranslation("dossier.procedure"), r -> catalogue.find(r.dossier().procedureCode())
                .map(CatalogueEntry::title).orElse(r.dossier().procedureCode())).setFlexGrow(2);
        columns.text(getTranslation("dossier.state"), r -> getTranslation("dossier.state." + r.status().name()))
                .setAutoWidth(true);
        columns.text(getTranslation("dossier.step"), r -> String.join(", ", r.currentSteps()));
        columns.text(getTranslation("dossier.due"), r -> r.dueAt() == null ? "" : DisplayTimes.MINUTE.format(r.dueAt()))
                .setAutoWidth(true);
        columns.stackOnNarrow();
        // one query for the whole list: the status read model, not the engine's history
        grid.setItems(dossiers.overviewsForApplicant(currentUser.require().idNumber()));
        add(new H1(getTranslation("dossier.mine")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.mine") + " | MotCua";
    }
}
