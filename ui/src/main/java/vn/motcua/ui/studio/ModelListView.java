package vn.motcua.ui.studio;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ProcedureQuery;
import vn.motcua.engine.catalogue.ProcedureSummary;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.studio.ModelSummary;
import vn.motcua.engine.studio.PolicyStudio;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/**
 * The procedure models list: every procedure with where its live model comes from, its version,
 * who published it and when, an open draft, the open dossiers per version, and a warning when the
 * catalogue changed a procedure after its model was edited. The catalogue's search finds them.
 */
@Route(value = "quy-trinh", layout = MainLayout.class)
@RolesAllowed({"POLICY", "LEADER", "ADMIN"})
public class ModelListView extends Main implements HasDynamicTitle {

    private static final int PAGE = 50;

    /** A line: the catalogue's summary beside the studio's. */
    record Line(ProcedureSummary procedure, ModelSummary model) {
    }

    private final ProcedureCatalogue catalogue;
    private final PolicyStudio studio;
    private final StaffMember staff;
    private final Grid<Line> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph total = new Paragraph();

    public ModelListView(CurrentUser currentUser, ProcedureCatalogue catalogue, PolicyStudio studio) {
        this.catalogue = catalogue;
        this.studio = studio;
        this.staff = currentUser.require().staff().orElseThrow();
        setId("studio-list");
        addClassName("motcua-page");
        search.setId("studio-search");
        search.setLabel(getTranslation("studio.search"));
        search.setPlaceholder("1.004194, tạm trú…");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> load());
        grid.setId("studio-models");
        grid.addComponentColumn(l -> new RouterLink(l.procedure().code(), ModelView.class,
                new RouteParameters(ModelView.CODE, l.procedure().code()))).setHeader(getTranslation("studio.code"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(l -> l.procedure().title()).setHeader(getTranslation("studio.procedure")).setFlexGrow(3);
        grid.addColumn(l -> l.model() == null ? "–" : getTranslation("studio.origin." + l.model().origin().name())
                + (l.model().catalogueChangedSinceEdit() ? " ⚠ " + getTranslation("studio.catalogueChanged") : ""))
                .setHeader(getTranslation("studio.origin")).setAutoWidth(true);
        grid.addColumn(l -> l.model() == null ? "–" : String.valueOf(l.model().liveVersion()))
                .setHeader(getTranslation("studio.liveVersion")).setAutoWidth(true);
        grid.addColumn(l -> l.model() == null ? "–" : (l.model().publishedBy() == null ? "MotCua" : l.model().publishedBy())
                + ", " + StudioFormat.time(l.model().publishedAt())).setHeader(getTranslation("studio.publishedBy")).setAutoWidth(true);
        grid.addColumn(l -> l.model() == null || l.model().draft() == null ? "–"
                : getTranslation("studio.draft." + l.model().draft().name())).setHeader(getTranslation("studio.draft")).setAutoWidth(true);
        grid.addColumn(l -> l.model() == null || l.model().openDossiersByVersion().isEmpty() ? "0"
                : l.model().openDossiersByVersion().entrySet().stream().map(e -> "v" + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "))).setHeader(getTranslation("studio.openDossiers")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("studio.title")), new Paragraph(getTranslation("studio.intro")), search, total, grid);
        load();
    }

    private void load() {
        var page = catalogue.search(new ProcedureQuery(search.getValue(), null, null, null, null, null, 0, PAGE));
        var codes = page.items().stream().map(ProcedureSummary::code).toList();
        Map<String, ModelSummary> models = studio.summaries(staff, codes).stream()
                .collect(Collectors.toMap(ModelSummary::procedureCode, m -> m));
        grid.setItems(page.items().stream().map(p -> new Line(p, models.get(p.code()))).toList());
        total.setText(getTranslation("studio.found", String.valueOf(page.total()), String.valueOf(Math.min(PAGE, page.items().size()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.title") + " | MotCua";
    }
}
