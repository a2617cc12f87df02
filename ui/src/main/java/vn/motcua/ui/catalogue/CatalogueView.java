package vn.motcua.ui.catalogue;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ProcedureQuery;
import vn.motcua.engine.catalogue.ProcedureSummary;
import vn.motcua.ui.base.FoldedOnPhone;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.NarrowGrid;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;

/** The public catalogue: search without diacritics, filter, open a procedure. No login. */
@Route(value = "thu-tuc", layout = MainLayout.class)
@AnonymousAllowed
public class CatalogueView extends Main implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    static final String FREE = "free";
    static final String PAID = "paid";

    private final ProcedureCatalogue catalogue;
    private final H1 heading = new H1();
    private final TextField search = new TextField();
    private final ComboBox<String> sector = new ComboBox<>();
    private final Select<Level> level = new Select<>();
    private final ComboBox<String> agency = new ComboBox<>();
    private final Select<OnlineLevel> online = new Select<>();
    private final Select<String> fee = new Select<>();
    private final Span found = new Span();
    private final Grid<ProcedureSummary> grid = new Grid<>();
    private final Details filterPanel;

    public CatalogueView(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
        setId("catalogue-view");
        addClassName("motcua-catalogue");
        configureFilters();
        configureGrid();
        Div filters = new Div(sector, level, agency, online, fee);
        filters.addClassName("motcua-filters");
        filterPanel = FoldedOnPhone.filters("catalogue-filters", getTranslation("catalogue.filters"), filters);
        found.setId("catalogue-found");
        add(heading, search, filterPanel, found, grid);
    }

    private void configureFilters() {
        search.setId("procedure-search");
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        sector.setId("filter-sector");
        sector.setItems(catalogue.sectors());
        sector.setClearButtonVisible(true);
        sector.addValueChangeListener(e -> refresh());
        agency.setId("filter-agency");
        agency.setItems(catalogue.agencies());
        agency.setClearButtonVisible(true);
        agency.addValueChangeListener(e -> refresh());
        level.setId("filter-level");
        level.setItems(Level.values());
        level.setEmptySelectionAllowed(true);
        level.addValueChangeListener(e -> refresh());
        online.setId("filter-online");
        online.setItems(OnlineLevel.values());
        online.setEmptySelectionAllowed(true);
        online.addValueChangeListener(e -> refresh());
        fee.setId("filter-fee");
        fee.setItems(FREE, PAID);
        fee.setEmptySelectionAllowed(true);
        fee.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("procedure-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProcedureSummary::code).setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::titleCell).setKey("title").setFlexGrow(4);
        NarrowGrid.wideOnly(grid.addColumn(this::levels).setKey("level").setFlexGrow(1));
        NarrowGrid.wideOnly(grid.addColumn(this::deadline).setKey("deadline").setFlexGrow(1));
        NarrowGrid.wideOnly(grid.addColumn(this::fee).setKey("fee").setFlexGrow(1));
        NarrowGrid.watch(grid);
        grid.setItems(this::fetch, this::count);
    }

    /**
     * The title, a link to the procedure; on a phone, where the level, deadline and fee columns give
     * way, the same three facts on a line under it (shown by the theme only when the grid is narrow).
     */
    private Div titleCell(ProcedureSummary s) {
        Span facts = new Span(Stream.of(levels(s), deadline(s), fee(s)).filter(f -> !f.isBlank())
                .collect(Collectors.joining(" · ")));
        facts.addClassName("motcua-narrow-facts");
        Div cell = new Div(new RouterLink(s.title(), ProcedureDetailView.class,
                new RouteParameters(ProcedureDetailView.CODE, s.code())), facts);
        cell.addClassName("motcua-title-cell");
        return cell;
    }

    private String levels(ProcedureSummary s) {
        return s.levels().stream().map(l -> getTranslation("level." + l.name())).collect(Collectors.joining(", "));
    }

    private String deadline(ProcedureSummary s) {
        return CatalogueFormat.deadline(this, s.deadlineAmount(), s.deadlineUnit());
    }

    private String fee(ProcedureSummary s) {
        return CatalogueFormat.fee(this, s.feeVnd());
    }

    private Stream<ProcedureSummary> fetch(Query<ProcedureSummary, Void> query) {
        int offset = query.getOffset();
        int limit = Math.min(query.getLimit(), ProcedureQuery.MAX_SIZE);
        int page = offset / limit;
        if (offset % limit == 0) {
            return catalogue.search(query(page, limit)).items().stream();
        }
        // an unaligned window spans two pages of its own size
        return Stream.concat(catalogue.search(query(page, limit)).items().stream(),
                        catalogue.search(query(page + 1, limit)).items().stream())
                .skip(offset % limit).limit(limit);
    }

    private int count(Query<ProcedureSummary, Void> query) {
        int total = catalogue.search(query(0, 1)).total();
        found.setText(getTranslation("catalogue.found", total));
        return total;
    }

    private ProcedureQuery query(int page, int size) {
        Boolean paid = fee.getValue() == null ? null : PAID.equals(fee.getValue());
        return new ProcedureQuery(search.getValue(), sector.getValue(), level.getValue(), agency.getValue(),
                online.getValue(), paid, page, size);
    }

    private void refresh() {
        long inUse = Stream.<HasValue<?, ?>>of(sector, level, agency, online, fee).filter(f -> !f.isEmpty()).count();
        filterPanel.setSummaryText(inUse == 0 ? getTranslation("catalogue.filters")
                : getTranslation("catalogue.filters.in-use", inUse));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("catalogue.title"));
        search.setLabel(getTranslation("catalogue.search"));
        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        sector.setLabel(getTranslation("catalogue.filter.sector"));
        agency.setLabel(getTranslation("catalogue.filter.agency"));
        level.setLabel(getTranslation("catalogue.filter.level"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("catalogue.filter.any") : getTranslation("level." + l.name()));
        level.setEmptySelectionCaption(getTranslation("catalogue.filter.any"));
        online.setLabel(getTranslation("catalogue.filter.online"));
        online.setItemLabelGenerator(o -> o == null ? getTranslation("catalogue.filter.any") : getTranslation("online." + o.name()));
        online.setEmptySelectionCaption(getTranslation("catalogue.filter.any"));
        fee.setLabel(getTranslation("catalogue.filter.fee"));
        fee.setItemLabelGenerator(f -> f == null ? getTranslation("catalogue.filter.any") : getTranslation("catalogue.filter.fee." + f));
        fee.setEmptySelectionCaption(getTranslation("catalogue.filter.any"));
        grid.getColumnByKey("code").setHeader(getTranslation("catalogue.column.code"));
        grid.getColumnByKey("title").setHeader(getTranslation("catalogue.column.title"));
        grid.getColumnByKey("level").setHeader(getTranslation("catalogue.column.level"));
        grid.getColumnByKey("deadline").setHeader(getTranslation("catalogue.column.deadline"));
        grid.getColumnByKey("fee").setHeader(getTranslation("catalogue.column.fee"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " | MotCua";
    }
}
