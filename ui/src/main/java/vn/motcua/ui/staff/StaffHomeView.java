package vn.motcua.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.queue.QueueQuery;
import vn.motcua.engine.queue.TaskDecisions;
import vn.motcua.engine.queue.DeadlineLight;
import vn.motcua.engine.queue.WorkItem;
import vn.motcua.engine.queue.WorkQueue;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.EChart;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.Money;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The staff workspace: who is working, the unit's queue (filters, sorting, lazy paging, counts,
 * deadline lights, claim), and for leaders the unit's workload and overdue list. Everything comes
 * from the work-item read model through {@link WorkQueue}, which checks the unit.
 */
@Route(value = "can-bo", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class StaffHomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that open the queue filtered (the leader's links): step, state, due, procedure, assignee. */
    static final String STEP = "buoc";
    static final String STATE = "trang-thai";
    static final String DUE = "han";
    static final String PROCEDURE = "thu-tuc";
    static final String ASSIGNEE = "can-bo";


    private final WorkQueue queue;
    private final TaskDecisions decisions;
    private final ProcedureCatalogue catalogue;
    private final DeadlineLight lights;
    private final StaffMember staff;
    private final Grid<WorkItem> grid = new Grid<>();
    private final Select<String> step = new Select<>();
    private final Select<WorkItem.State> state = new Select<>();
    private final Select<QueueQuery.Due> due = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final TextField procedure = new TextField();
    private final Select<StaffMember> assignee = new Select<>();
    private final TextField search = new TextField();
    private final Div counts = new Div();

    private final vn.motcua.engine.statistics.Statistics statistics;
    private final java.time.Clock clock;
    private final java.util.List<StaffMember> colleagues;
    private boolean applyingParameters;

    public StaffHomeView(CurrentUser currentUser, WorkQueue queue, TaskDecisions decisions, ProcedureCatalogue catalogue,
                         DeadlineLight lights, vn.motcua.engine.statistics.Statistics statistics, java.time.Clock clock,
                         StaffDirectory directory) {
        this.statistics = statistics;
        this.clock = clock;
        this.queue = queue;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.lights = lights;
        this.staff = currentUser.require().staff().orElseThrow();
        this.colleagues = directory.membersOf(staff.unitCode());
        setId("staff-view");
        addClassName("motcua-page");
        Span unit = new Span(staff.unitName() + " (" + staff.unitCode() + ")");
        unit.setId("staff-unit");
        Span roles = new Span(staff.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", ")));
        roles.setId("staff-roles");
        add(new H1(getTranslation("staff.title")),
                new Paragraph(getTranslation("staff.member", staff.fullName(), staff.title())),
                new Paragraph(new Span(getTranslation("staff.unit") + ": "), unit),
                new Paragraph(new Span(getTranslation("staff.roles") + ": "), roles));
        if (staff.has(StaffRole.RECEPTION)) {
            RouterLink counter = new RouterLink(getTranslation("counter.title"), CounterReceptionView.class);
            counter.setId("nav-counter");
            add(new Paragraph(counter));
        }
        counts.setId("queue-counts");
        counts.addClassName("motcua-steps");
        add(new H3(getTranslation("queue.title")), counts, filters(), queueGrid());
        if (staff.has(StaffRole.LEADER)) {
            add(leaderView());
        }
    }

    private HorizontalLayout filters() {
        step.setLabel(getTranslation("queue.step"));
        step.setId("queue-step");
        step.setItems("", OneStopModel.STEP_RECEPTION, OneStopModel.STEP_PROCESSING, OneStopModel.STEP_APPROVAL,
                OneStopModel.STEP_LEADER, OneStopModel.STEP_REWORK, OneStopModel.STEP_CONSULTATION);
        step.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("queue.all") : getTranslation("step." + s));
        step.setValue("");
        state.setLabel(getTranslation("queue.state"));
        state.setId("queue-state");
        state.setItems(WorkItem.State.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("queue.all-open"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("queue.all-open") : getTranslation("queue.state." + s.name()));
        due.setLabel(getTranslation("queue.due"));
        due.setId("queue-due");
        due.setItems(QueueQuery.Due.values());
        due.setItemLabelGenerator(d -> getTranslation("queue.due." + d.name()));
        due.setValue(QueueQuery.Due.ANY);
        mine.setLabel(getTranslation("queue.mine"));
        mine.setId("queue-mine");
        search.setLabel(getTranslation("queue.search"));
        search.setPlaceholder(getTranslation("queue.search.hint"));
        search.setId("queue-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        procedure.setLabel(getTranslation("queue.procedure"));
        procedure.setPlaceholder("1.004194");
        procedure.setId("queue-procedure");
        procedure.setPattern("\\d\\.\\d{6}");
        procedure.setErrorMessage(getTranslation("queue.procedure.invalid"));
        procedure.setValueChangeMode(ValueChangeMode.LAZY);
        procedure.setClearButtonVisible(true);
        assignee.setLabel(getTranslation("queue.assignee"));
        assignee.setId("queue-assignee");
        assignee.setItems(colleagues);
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("queue.anyone"));
        assignee.setItemLabelGenerator(m -> m == null ? getTranslation("queue.anyone") : m.fullName());
        procedure.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(step, state, due, procedure, assignee, search, mine);
        bar.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Grid<WorkItem> queueGrid() {
        grid.setId("queue");
        grid.addComponentColumn(this::light).setHeader("").setWidth("3rem").setFlexGrow(0);
        grid.addComponentColumn(item -> {
            RouterLink link = new RouterLink(item.dossierCode(), TaskView.class, new RouteParameters("taskId", item.taskId()));
            link.setId("open-" + item.dossierCode());
            return link;
        }).setHeader(getTranslation("dossier.code")).setKey("CODE").setSortable(true).setAutoWidth(true);
        grid.addColumn(item -> catalogue.find(item.procedureCode()).map(CatalogueEntry::title).orElse(item.procedureCode()))
                .setHeader(getTranslation("dossier.procedure")).setFlexGrow(2);
        grid.addColumn(WorkItem::applicantName).setHeader(getTranslation("queue.applicant")).setKey("APPLICANT").setSortable(true);
        grid.addColumn(WorkItem::taskName).setHeader(getTranslation("dossier.step"));
        grid.addColumn(item -> item.receivedAt() == null ? "" : DisplayTimes.MINUTE.format(item.receivedAt()))
                .setHeader(getTranslation("queue.received")).setKey("RECEIVED").setSortable(true).setAutoWidth(true);
        grid.addColumn(item -> item.dueAt() == null ? "" : DisplayTimes.MINUTE.format(item.dueAt()))
                .setHeader(getTranslation("dossier.due")).setKey("DUE").setSortable(true).setAutoWidth(true);
        grid.addColumn(item -> item.assignee() == null ? "" : item.assignee()).setHeader(getTranslation("queue.assignee"));
        grid.addComponentColumn(item -> {
            if (item.assignee() != null || item.state() != WorkItem.State.OPEN) {
                return new Span();
            }
            Button claim = new Button(getTranslation("queue.claim"), click -> {
                decisions.claim(staff, item.taskId());
                refresh();
            });
            claim.setId("claim-" + item.dossierCode());
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return claim;
        }).setHeader("");
        grid.setPageSize(50);
        // lazy: each page is one indexed query on the read model, sorted by the column asked
        grid.setItems(query -> {
            QueryOrder order = order(query.getSortOrders());
            return queue.find(staff, current().sorted(order.sort(), order.descending()).page(query.getOffset(), query.getLimit())).stream();
        }, query -> queue.count(staff, current()));
        return grid;
    }

    private record QueryOrder(QueueQuery.Sort sort, boolean descending) {
    }

    private static QueryOrder order(java.util.List<QuerySortOrder> orders) {
        return orders.stream().findFirst().map(o -> new QueryOrder(QueueQuery.Sort.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).orElse(new QueryOrder(QueueQuery.Sort.DUE, false));
    }

    private QueueQuery current() {
        String stepValue = step.getValue() == null || step.getValue().isEmpty() ? null : step.getValue();
        String procedureCode = procedure.getValue() == null || procedure.getValue().isBlank() ? null : procedure.getValue().strip();
        return new QueueQuery(staff.unitCode(), stepValue, procedureCode, state.getValue(),
                due.getValue() == null ? QueueQuery.Due.ANY : due.getValue(), mine.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().idNumber(), search.getValue(),
                QueueQuery.Sort.DUE, false, 0, 50);
    }

    /** Deadline light: red overdue, amber due within a working day, green otherwise (the rule: {@link DeadlineLight}). */
    private Span light(WorkItem item) {
        String colour = lights.of(item).name().toLowerCase(java.util.Locale.ROOT);
        Span light = new Span();
        light.addClassNames("motcua-light", "motcua-light-" + colour);
        light.getElement().setAttribute("title", getTranslation("queue.light." + colour));
        light.getElement().setAttribute("data-light", colour);
        return light;
    }

    private void refresh() {
        if (applyingParameters) {
            return; // beforeEnter sets several filters, then refreshes once
        }
        String code = procedure.getValue() == null ? "" : procedure.getValue().strip();
        procedure.setInvalid(!code.isEmpty() && catalogue.find(code).isEmpty());
        WorkQueue.Counts c = queue.counts(staff);
        counts.removeAll();
        counts.add(count("count-open", getTranslation("queue.count.open", shown(c.open()))),
                count("count-claimed", getTranslation("queue.count.claimed", shown(c.claimed()))),
                count("count-overdue", getTranslation("queue.count.overdue", shown(c.overdue()))),
                count("count-due-today", getTranslation("queue.count.today", shown(c.dueToday()))));
        grid.getDataProvider().refreshAll();
    }

    /** Counts stop at the cap: "10.000+" says there is more than anyone pages through. */
    private static String shown(int count) {
        return count >= WorkQueue.COUNT_CAP ? Money.grouped(WorkQueue.COUNT_CAP) + "+" : Integer.toString(count);
    }

    private static Span count(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    /**
     * Opens the queue filtered as the query parameters say (the leader's links land here); unknown
     * values are left out rather than guessed.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyingParameters = true;
        String stepValue = first(parameters, STEP);
        step.setValue(stepValue != null && step.getListDataView().contains(stepValue) ? stepValue : "");
        state.setValue(enumValue(WorkItem.State.class, first(parameters, STATE)));
        QueueQuery.Due dueValue = enumValue(QueueQuery.Due.class, first(parameters, DUE));
        due.setValue(dueValue == null ? QueueQuery.Due.ANY : dueValue);
        String procedureCode = first(parameters, PROCEDURE);
        procedure.setValue(procedureCode == null ? "" : procedureCode);
        String who = first(parameters, ASSIGNEE);
        assignee.setValue(colleagues.stream().filter(m -> m.idNumber().equals(who)).findFirst().orElse(null));
        applyingParameters = false;
        getChildren().filter(DecisionConfirmation.class::isInstance).toList().forEach(this::remove);
        DecisionConfirmation.from(parameters, this::getTranslation).ifPresent(c -> addComponentAtIndex(1, c));
        refresh();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** A link to this page's queue with the given filters. */
    private RouterLink queueLink(String id, String text, String... parametersAndValues) {
        RouterLink link = new RouterLink(text, StaffHomeView.class);
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parametersAndValues.length; i += 2) {
            parameters.put(parametersAndValues[i], parametersAndValues[i + 1]);
        }
        link.setQueryParameters(QueryParameters.simple(parameters));
        link.setId(id);
        return link;
    }

    private String nameOf(String idNumber) {
        return colleagues.stream().filter(m -> m.idNumber().equals(idNumber)).map(StaffMember::fullName).findFirst()
                .orElse(idNumber);
    }

    private Div leaderView() {
        Grid<WorkItem> overdue = new Grid<>();
        overdue.setId("leader-overdue");
        overdue.addColumn(WorkItem::dossierCode).setHeader(getTranslation("dossier.code")).setAutoWidth(true);
        overdue.addColumn(WorkItem::applicantName).setHeader(getTranslation("queue.applicant"));
        overdue.addColumn(WorkItem::taskName).setHeader(getTranslation("dossier.step"));
        overdue.addColumn(i -> DisplayTimes.MINUTE.format(i.dueAt())).setHeader(getTranslation("dossier.due"));
        overdue.setItems(queue.overdue(staff, 200));
        overdue.setAllRowsVisible(true);
        Div workload = new Div();
        workload.setId("leader-workload");
        queue.workload(staff).forEach((who, n) -> workload.add(new Paragraph(who == null
                ? queueLink("workload-unclaimed", getTranslation("queue.unclaimed") + ": " + n, STATE, WorkItem.State.OPEN.name())
                : queueLink("workload-" + who, nameOf(who) + ": " + n, ASSIGNEE, who))));
        return new Div(unitFigures(), deadlineTrend(), throughput(), new H3(getTranslation("queue.leader.workload")), workload,
                new H3(getTranslation("queue.leader.overdue")), overdue);
    }

    /** Overdue and due-soon items at the end of each of the last fourteen days: chart, table, links to the queue. */
    private Div deadlineTrend() {
        List<WorkQueue.DeadlineDay> days = queue.deadlineTrend(staff, 14);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("dd/MM");
        EChart chart = new EChart("leader-deadline-chart", getTranslation("leader.deadlines"), EChart.Kind.LINES,
                days.stream().map(d -> dayFormat.format(d.day())).toList(), List.of(
                        new EChart.Series(getTranslation("queue.count.overdue.label"), days.stream().map(WorkQueue.DeadlineDay::overdue).toList()),
                        new EChart.Series(getTranslation("leader.due-soon"), days.stream().map(WorkQueue.DeadlineDay::dueSoon).toList())));
        Grid<WorkQueue.DeadlineDay> table = new Grid<>();
        table.setId("leader-deadlines");
        table.addColumn(d -> dayFormat.format(d.day())).setHeader(getTranslation("leader.day"));
        table.addColumn(WorkQueue.DeadlineDay::overdue).setHeader(getTranslation("queue.count.overdue.label"));
        table.addColumn(WorkQueue.DeadlineDay::dueSoon).setHeader(getTranslation("leader.due-soon"));
        table.setItems(days);
        table.setAllRowsVisible(true);
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        Paragraph links = new Paragraph(queueLink("leader-open-overdue", getTranslation("leader.open-overdue"), DUE, QueueQuery.Due.OVERDUE.name()),
                new Span(" · "), queueLink("leader-open-due-today", getTranslation("leader.open-due-today"), DUE, QueueQuery.Due.TODAY.name()));
        return new Div(new H3(getTranslation("leader.deadlines")), chart, table, links);
    }

    /** Items each person finished in the last thirty days, each linking to that person's finished items. */
    private Div throughput() {
        Grid<WorkQueue.Throughput> grid = new Grid<>();
        grid.setId("leader-throughput");
        grid.addComponentColumn(t -> queueLink("throughput-" + t.assignee(), nameOf(t.assignee()), ASSIGNEE, t.assignee(),
                STATE, WorkItem.State.DONE.name())).setHeader(getTranslation("queue.assignee")).setFlexGrow(2);
        grid.addColumn(WorkQueue.Throughput::done).setHeader(getTranslation("leader.done"));
        grid.addColumn(t -> t.doneOnTime() + " (" + java.text.NumberFormat.getPercentInstance(getLocale())
                .format(t.done() == 0 ? 0 : (double) t.doneOnTime() / t.done()) + ")").setHeader(getTranslation("leader.done-on-time"));
        grid.setItems(queue.throughput(staff, clock.instant().minus(java.time.Duration.ofDays(30))));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        return new Div(new H3(getTranslation("leader.throughput")), grid);
    }

    /** The unit's own figures of the last twelve months and its service index, linked to the public page. */
    private Div unitFigures() {
        var year = vn.motcua.engine.statistics.StatisticsQuery.lastYear(java.time.LocalDate.now(clock));
        var q = new vn.motcua.engine.statistics.StatisticsQuery(year.from(), year.to(), null, staff.unitCode(), null);
        var t = statistics.totals(q);
        var index = statistics.serviceIndex(q);
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(getLocale());
        Paragraph figures = new Paragraph(getTranslation("leader.figures", t.received(), t.onTime(), t.late(), t.inProgress(),
                t.onTimeShare() == null ? "–" : percent.format(t.onTimeShare())));
        figures.setId("leader-figures");
        Paragraph points = new Paragraph(getTranslation("statistics.index.total",
                java.text.NumberFormat.getNumberInstance(getLocale()).format(index.points()), index.measurablePoints()));
        points.setId("leader-index");
        RouterLink details = new RouterLink(getTranslation("leader.figures.details"), vn.motcua.ui.statistics.StatisticsView.class);
        details.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("don-vi", staff.unitCode()));
        details.setId("leader-statistics");
        // the procedures with the most late dossiers of the twelve months, most first
        Div late = new Div();
        late.setId("leader-late-procedures");
        statistics.procedures(q, 200).stream().filter(p -> p.late() != null && p.late() > 0)
                .sorted(java.util.Comparator.comparing(vn.motcua.engine.statistics.Figures.ProcedureRow::late).reversed())
                .limit(5).forEach(p -> late.add(new Paragraph(queueLink("late-" + p.procedureCode(),
                        getTranslation("leader.late-procedure", p.procedureCode(), p.title(), p.late()), PROCEDURE, p.procedureCode()))));
        Div box = new Div(new H3(getTranslation("leader.figures.title")), figures, points, new Paragraph(details));
        if (late.getComponentCount() > 0) {
            box.add(new H3(getTranslation("leader.late-procedures")), late);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | MotCua";
    }
}
