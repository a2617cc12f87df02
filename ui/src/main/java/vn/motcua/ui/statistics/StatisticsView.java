package vn.motcua.ui.statistics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.statistics.Figures;
import vn.motcua.engine.statistics.InvalidStatisticsQueryException;
import vn.motcua.engine.statistics.Statistics;
import vn.motcua.engine.statistics.StatisticsQuery;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.EChart;
import vn.motcua.ui.base.FoldedOnPhone;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.workflows.adminunits.AdminUnits;

/**
 * "Thống kê": the public figures of the one-stop service, no login needed (Decision 766/QĐ-TTg):
 * what was received and how it ended, month by month, per procedure, the service index, and the
 * catalogue; every table also as CSV from the open-data API with the same filters.
 */
@Route(value = "thong-ke", layout = MainLayout.class)
@AnonymousAllowed
public class StatisticsView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final Statistics statistics;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AdminUnits.Province> province = new ComboBox<>();
    private final TextField unit = new TextField();
    private final TextField procedure = new TextField();
    private final ComboBox<String> sector = new ComboBox<>();
    private final List<String> sectors;
    private final StatisticsCharts charts = new StatisticsCharts(this::getTranslation);
    private final Div results = new Div();
    private final Details filterPanel;
    private final Span error = new Span();

    public StatisticsView(Statistics statistics, Clock clock, ProcedureCatalogue procedureCatalogue) {
        this.sectors = procedureCatalogue.sectors();
        this.statistics = statistics;
        setId("statistics-view");
        addClassName("motcua-page");
        StatisticsQuery year = StatisticsQuery.lastYear(LocalDate.now(clock));
        from.setLabel(getTranslation("statistics.from"));
        from.setId("statistics-from");
        from.setValue(year.from());
        to.setLabel(getTranslation("statistics.to"));
        to.setId("statistics-to");
        to.setValue(year.to());
        province.setLabel(getTranslation("statistics.province"));
        province.setId("statistics-province");
        province.setItems(ShippedAdminUnits.read().provinces());
        province.setItemLabelGenerator(AdminUnits.Province::name);
        province.setClearButtonVisible(true);
        unit.setLabel(getTranslation("statistics.unit"));
        unit.setId("statistics-unit");
        unit.setPlaceholder("ubnd-xa-00004");
        procedure.setLabel(getTranslation("statistics.procedure"));
        procedure.setId("statistics-procedure");
        procedure.setPlaceholder("1.001193");
        sector.setLabel(getTranslation("statistics.sector"));
        sector.setId("statistics-sector");
        sector.setItems(sectors);
        sector.setClearButtonVisible(true);
        Button show = new Button(getTranslation("statistics.show"), click -> show());
        show.setId("statistics-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("statistics-error");
        error.addClassName("motcua-error");
        FlexLayout filters = new FlexLayout(from, to, province, unit, sector, procedure, show);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filterPanel = FoldedOnPhone.filters("statistics-filters", getTranslation("catalogue.filters"), filters);
        add(new H1(getTranslation("statistics.title")), new Paragraph(getTranslation("statistics.intro")), filterPanel, error, results);
        show();
    }

    /** A link may name the unit, province or procedure: ?don-vi=ubnd-xa-00004&tinh=01&thu-tuc=1.001193. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean given = false;
        if (parameters.containsKey("don-vi")) {
            unit.setValue(parameters.get("don-vi").get(0));
            given = true;
        }
        if (parameters.containsKey("linh-vuc") && sectors.contains(parameters.get("linh-vuc").get(0))) {
            sector.setValue(parameters.get("linh-vuc").get(0));
            given = true;
        }
        if (parameters.containsKey("thu-tuc")) {
            procedure.setValue(parameters.get("thu-tuc").get(0));
            given = true;
        }
        if (parameters.containsKey("tinh")) {
            String code = parameters.get("tinh").get(0);
            ShippedAdminUnits.read().provinces().stream().filter(p -> p.code().equals(code)).findFirst().ifPresent(province::setValue);
            given = true;
        }
        if (given) {
            show();
        }
    }

    /** The filters in use, one line: the period, then whichever of province, unit, sector, procedure is set. */
    private String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(DisplayTimes.DATE.format(from.getValue()) + " – " + DisplayTimes.DATE.format(to.getValue()));
        if (province.getValue() != null) {
            parts.add(province.getValue().name());
        }
        Stream.of(unit.getValue(), sector.getValue(), procedure.getValue())
                .map(StatisticsView::blankToNull).filter(Objects::nonNull).forEach(parts::add);
        return String.join(" · ", parts);
    }

    private StatisticsQuery query() {
        return new StatisticsQuery(from.getValue(), to.getValue(),
                province.getValue() == null ? null : province.getValue().code(), blankToNull(unit.getValue()),
                blankToNull(procedure.getValue()), blankToNull(sector.getValue()));
    }

    private void show() {
        results.removeAll();
        error.setText("");
        for (var field : List.of(from, to)) {
            field.setInvalid(false);
        }
        unit.setInvalid(false);
        procedure.setInvalid(false);
        StatisticsQuery q = query();
        try {
            statistics.check(q);
        } catch (InvalidStatisticsQueryException e) {
            Map<String, String> errors = e.fieldErrors();
            mark(from, errors.get("from"));
            mark(to, errors.get("to"));
            unit.setInvalid(errors.containsKey("unit"));
            unit.setErrorMessage(errors.get("unit"));
            sector.setInvalid(errors.containsKey("sector"));
            sector.setErrorMessage(errors.get("sector"));
            procedure.setInvalid(errors.containsKey("procedure"));
            procedure.setErrorMessage(errors.get("procedure"));
            error.setText(String.join(" ", errors.values()));
            filterPanel.setOpened(true); // the fields to correct are in it
            return;
        }
        filterPanel.setSummaryText(getTranslation("statistics.filters", describe()));
        String parameters = parameters(q);
        Figures.Totals t = statistics.totals(q);
        results.add(section("statistics.totals", "totals", parameters, totals(t), charts.outcomes(t), charts.ratings(t)));
        List<Figures.Month> months = statistics.months(q);
        results.add(section("statistics.months", "months", parameters, months(months), charts.months(months)));
        List<Figures.ProcedureRow> procedureRows = statistics.procedures(q, 20);
        results.add(section("statistics.procedures", "procedures", parameters, procedures(procedureRows),
                charts.procedures(procedureRows)));
        List<Figures.IndexMonth> trend = statistics.indexTrend(q);
        results.add(section("statistics.trend", "index-trend", parameters, trend(trend), charts.trend(trend)));
        Figures.ServiceIndex serviceIndex = statistics.serviceIndex(q);
        Span total = new Span(getTranslation("statistics.index.total", decimal(serviceIndex.points()), serviceIndex.measurablePoints()));
        total.setId("statistics-index-total");
        Div index = section("statistics.index", "service-index", parameters, index(serviceIndex));
        index.add(new Paragraph(total));
        results.add(index);
        results.add(section(q.provinceCode() == null ? "statistics.ranking.provinces" : "statistics.ranking.units", "ranking",
                parameters, ranking(statistics.ranking(q))));
        List<Figures.CatalogueRow> catalogueRows = statistics.catalogue();
        results.add(section("statistics.catalogue", "catalogue", "", catalogue(catalogueRows), charts.catalogue(catalogueRows)));
    }

    private Div section(String titleKey, String table, String parameters, Grid<?> grid, EChart... chartsBeside) {
        Anchor csv = new Anchor("/api/v1/statistics/" + table + "?format=csv" + parameters, getTranslation("statistics.csv"));
        csv.setId("csv-" + table);
        csv.getElement().setAttribute("download", true);
        grid.setId("statistics-" + table);
        grid.setAllRowsVisible(true);
        // long names and definitions wrap instead of being cut, also on a 390 px phone
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.add(chartsBeside);
        section.add(grid, new Paragraph(csv));
        section.addClassName("motcua-section");
        return section;
    }

    private record Line(String figure, String value) {
    }

    private Grid<Line> totals(Figures.Totals t) {
        Grid<Line> grid = new Grid<>();
        grid.addColumn(Line::figure).setHeader(getTranslation("statistics.figure")).setFlexGrow(2);
        grid.addColumn(Line::value).setHeader(getTranslation("statistics.value")).setId("value");
        grid.setItems(List.of(
                new Line(getTranslation("statistics.received"), count(t.received())),
                new Line(getTranslation("statistics.received-online"), count(t.receivedOnline()) + share(t.onlineShare())),
                new Line(getTranslation("statistics.on-time"), count(t.onTime()) + share(t.onTimeShare())),
                new Line(getTranslation("statistics.late"), count(t.late())),
                new Line(getTranslation("statistics.in-progress"), count(t.inProgress())),
                new Line(getTranslation("statistics.refused"), count(t.refused())),
                new Line(getTranslation("statistics.withdrawn"), count(t.withdrawn())),
                new Line(getTranslation("statistics.supplement-rate"), percent(t.supplementRate())),
                new Line(getTranslation("statistics.paid-online"), percent(t.paidOnlineShare())),
                new Line(getTranslation("statistics.processing-days"), decimal(t.averageProcessingDays())),
                new Line(getTranslation("statistics.rating"), t.averageRating() == null ? "–"
                        : decimal(t.averageRating()) + " / 5 (" + t.ratedByStars().stream().map(Object::toString)
                        .collect(Collectors.joining(" · ")) + ")")));
        return grid;
    }

    private Grid<Figures.IndexMonth> trend(List<Figures.IndexMonth> trend) {
        Grid<Figures.IndexMonth> grid = new Grid<>();
        grid.addColumn(Figures.IndexMonth::month).setHeader(getTranslation("statistics.month")).setAutoWidth(true);
        grid.addColumn(m -> count(m.received())).setHeader(getTranslation("statistics.received"));
        grid.addColumn(m -> percent(m.onTimeShare())).setHeader(getTranslation("statistics.on-time"));
        grid.addColumn(m -> percent(m.onlineShare())).setHeader(getTranslation("statistics.received-online"));
        grid.addColumn(m -> percent(m.paidOnlineShare())).setHeader(getTranslation("statistics.paid-online"));
        grid.addColumn(m -> decimal(m.averageRating())).setHeader(getTranslation("statistics.rating"));
        grid.addColumn(m -> decimal(m.points()) + " / " + m.measurablePoints()).setHeader(getTranslation("statistics.index.points"));
        grid.setItems(trend);
        return grid;
    }

    private Grid<Figures.Month> months(List<Figures.Month> months) {
        Grid<Figures.Month> grid = new Grid<>();
        grid.addColumn(Figures.Month::month).setHeader(getTranslation("statistics.month"));
        grid.addColumn(m -> count(m.online())).setHeader(getTranslation("statistics.channel.ONLINE"));
        grid.addColumn(m -> count(m.inPerson())).setHeader(getTranslation("statistics.channel.IN_PERSON"));
        grid.addColumn(m -> count(m.postal())).setHeader(getTranslation("statistics.channel.POSTAL"));
        grid.setItems(months);
        return grid;
    }

    private Grid<Figures.ProcedureRow> procedures(List<Figures.ProcedureRow> rows) {
        Grid<Figures.ProcedureRow> grid = new Grid<>();
        grid.addColumn(Figures.ProcedureRow::procedureCode).setHeader(getTranslation("statistics.procedure")).setAutoWidth(true);
        grid.addColumn(Figures.ProcedureRow::title).setHeader(getTranslation("statistics.title-column")).setFlexGrow(3);
        grid.addColumn(p -> p.suppressed() ? getTranslation("statistics.suppressed") : count(p.received()))
                .setHeader(getTranslation("statistics.received"));
        grid.addColumn(p -> p.suppressed() ? "" : count(p.onTime())).setHeader(getTranslation("statistics.on-time"));
        grid.addColumn(p -> p.suppressed() ? "" : count(p.late())).setHeader(getTranslation("statistics.late"));
        grid.addColumn(p -> p.suppressed() ? "" : decimal(p.averageProcessingDays()) + " / " + decimal(p.statutoryDays()))
                .setHeader(getTranslation("statistics.days-vs-statutory"));
        grid.setItems(rows);
        return grid;
    }

    private Grid<Figures.Indicator> index(Figures.ServiceIndex index) {
        Grid<Figures.Indicator> grid = new Grid<>();
        grid.addColumn(Figures.Indicator::group).setHeader(getTranslation("statistics.index.group")).setAutoWidth(true);
        grid.addColumn(i -> i.measured() ? decimal(i.points()) + " / " + i.maxPoints()
                : getTranslation("statistics.index.not-measured") + " (" + i.maxPoints() + ")")
                .setHeader(getTranslation("statistics.index.points")).setAutoWidth(true);
        grid.addColumn(Figures.Indicator::definition).setHeader(getTranslation("statistics.index.definition")).setFlexGrow(3);
        grid.setItems(index.indicators());
        return grid;
    }

    private Grid<Figures.RankRow> ranking(List<Figures.RankRow> rows) {
        Grid<Figures.RankRow> grid = new Grid<>();
        grid.addColumn(r -> rows.indexOf(r) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        // drill down: a province opens its units, a unit its own figures
        grid.addComponentColumn(r -> {
            com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink(r.name(), StatisticsView.class);
            link.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(r.code().matches("\\d{2}") ? "tinh" : "don-vi",
                    r.code()));
            link.setId("rank-" + r.code());
            return link;
        }).setHeader(getTranslation("statistics.ranking.name")).setFlexGrow(2);
        grid.addColumn(r -> count(r.received())).setHeader(getTranslation("statistics.received"));
        grid.addColumn(r -> percent(r.onTimeShare())).setHeader(getTranslation("statistics.on-time"));
        grid.addColumn(r -> decimal(r.points()) + " / " + r.measurablePoints()).setHeader(getTranslation("statistics.index.points"));
        grid.setItems(rows);
        return grid;
    }

    private Grid<Figures.CatalogueRow> catalogue(List<Figures.CatalogueRow> rows) {
        Grid<Figures.CatalogueRow> grid = new Grid<>();
        grid.addColumn(Figures.CatalogueRow::level).setHeader(getTranslation("statistics.level")).setFlexGrow(2);
        grid.addColumn(r -> count(r.procedures())).setHeader(getTranslation("statistics.procedures-count"));
        grid.addColumn(r -> count(r.fullyOnline())).setHeader(getTranslation("statistics.fully-online"));
        grid.addColumn(r -> count(r.partlyOnline())).setHeader(getTranslation("statistics.partly-online"));
        grid.addColumn(r -> count(r.notOnline())).setHeader(getTranslation("statistics.not-online"));
        grid.setItems(rows);
        return grid;
    }

    private static void mark(DatePicker field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    private String parameters(StatisticsQuery q) {
        StringBuilder p = new StringBuilder("&from=" + q.from() + "&to=" + q.to());
        if (q.provinceCode() != null) {
            p.append("&province=").append(q.provinceCode());
        }
        if (q.unitCode() != null) {
            p.append("&unit=").append(q.unitCode());
        }
        if (q.procedureCode() != null) {
            p.append("&procedure=").append(q.procedureCode());
        }
        if (q.sector() != null) {
            p.append("&sector=").append(java.net.URLEncoder.encode(q.sector(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.toString();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.forLanguageTag("vi") : getLocale();
    }

    private String count(Long n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private String decimal(Double d) {
        if (d == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(d);
    }

    private String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String share(Double share) {
        return share == null ? "" : " (" + percent(share) + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " | MotCua";
    }
}
