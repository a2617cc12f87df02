package vn.motcua.ui.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.filing.FilingView;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;
import vn.motcua.workflows.catalogue.CatalogueEntry.RequiredDocument;

/** One procedure as a citizen needs it before filing: how, how long, how much, with what, by which law. */
@Route(value = "thu-tuc/:code", layout = MainLayout.class)
@AnonymousAllowed
public class ProcedureDetailView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final ProcedureCatalogue catalogue;
    private String code;
    private CatalogueEntry entry;

    private final vn.motcua.engine.forms.ProcedureForms forms;

    public ProcedureDetailView(ProcedureCatalogue catalogue, vn.motcua.engine.forms.ProcedureForms forms) {
        this.forms = forms;
        this.catalogue = catalogue;
        setId("procedure-detail");
        addClassName("motcua-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        entry = catalogue.find(code).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new RouterLink(getTranslation("detail.back"), CatalogueView.class));
        if (entry == null) {
            add(new H1(getTranslation("detail.notfound", code)));
            return;
        }
        H1 title = new H1(entry.title());
        title.setId("procedure-title");
        add(title, facts(), fileButton(), channels(), documents(), legalBasis(), results(),
                new Paragraph(getTranslation("detail.source")));
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("motcua-facts");
        fact(facts, "detail.code", entry.code(), "procedure-code");
        fact(facts, "detail.sector", entry.sector(), null);
        fact(facts, "detail.level", entry.levels().stream().map(l -> getTranslation("level." + l.name()))
                .collect(Collectors.joining(", ")), null);
        fact(facts, "detail.competent", entry.competentAgency(), null);
        fact(facts, "detail.implementing", entry.implementingAgency(), null);
        fact(facts, "detail.coordinating", String.join("; ", entry.coordinatingAgencies()), null);
        fact(facts, "detail.subjects", String.join("; ", entry.subjects()), null);
        fact(facts, "detail.online", getTranslation(entry.onlineLevel() == null ? "online.none"
                : "online." + entry.onlineLevel().name()), "procedure-online-level");
        return facts;
    }

    private void fact(Div facts, String labelKey, String value, String id) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("motcua-fact-label");
        Span text = new Span(value);
        if (id != null) {
            text.setId(id);
        }
        facts.add(new Div(label, text));
    }

    private Component fileButton() {
        boolean online = forms.offeredOnline(entry);
        Button file = new Button(getTranslation("detail.file"));
        file.setId("file-online");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setEnabled(online);
        // filing needs a VNeID login: an anonymous visitor is sent through it and comes back here
        file.addClickListener(click -> file.getUI().ifPresent(ui -> ui.navigate(FilingView.class,
                new com.vaadin.flow.router.RouteParameters(CODE, entry.code()))));
        return online ? file : new Div(file, new Paragraph(getTranslation("detail.file.unavailable")));
    }

    private Component channels() {
        Grid<Channel> grid = new Grid<>();
        grid.setId("procedure-channels");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> getTranslation("channel." + c.kind().name())).setHeader(getTranslation("detail.channel"));
        grid.addColumn(c -> c.processingTime() == null ? getTranslation("deadline.unknown")
                : CatalogueFormat.deadline(this, c.processingTime().amount(), c.processingTime().unit()))
                .setHeader(getTranslation("detail.deadline"));
        grid.addColumn(c -> CatalogueFormat.fee(this, c.feeVnd())).setHeader(getTranslation("detail.fee"));
        grid.addColumn(c -> Objects.toString(c.feeText(), "")).setHeader(getTranslation("detail.remark")).setFlexGrow(3);
        grid.setItems(entry.channels());
        return section("detail.channels", grid);
    }

    private Component documents() {
        Div all = new Div();
        Map<String, List<RequiredDocument>> byGroup = entry.documents().stream()
                .collect(Collectors.groupingBy(d -> Objects.toString(d.group(), ""), LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((group, documents) -> {
            if (!group.isEmpty()) {
                all.add(new H3(group));
            }
            UnorderedList list = new UnorderedList();
            for (RequiredDocument d : documents) {
                Span need = new Span(getTranslation("detail.document.need." + d.need().name()));
                need.addClassName("motcua-document-need");
                ListItem item = new ListItem(new Span(d.title()),
                        new Span(" — " + getTranslation("detail.document.count", d.originals(), d.copies()) + " · "), need);
                if (d.form() != null) {
                    item.add(new Span(" (" + getTranslation("detail.document.form", d.form()) + ")"));
                }
                list.add(item);
            }
            all.add(list);
        });
        return section("detail.documents", all);
    }

    private Component legalBasis() {
        UnorderedList list = new UnorderedList();
        entry.legalBasis().forEach(l -> list.add(new ListItem(
                l.title() == null ? l.number() : l.number() + " — " + l.title())));
        return section("detail.legal", list);
    }

    private Component results() {
        UnorderedList list = new UnorderedList();
        entry.results().forEach(r -> list.add(new ListItem(
                r.code() == null ? r.title() : r.title() + " (" + r.code() + ")")));
        return section("detail.results", list);
    }

    private Component section(String headingKey, Component content) {
        Div section = new Div(new H3(getTranslation(headingKey)), content);
        section.addClassName("motcua-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (entry == null ? code : entry.title()) + " | MotCua";
    }
}
