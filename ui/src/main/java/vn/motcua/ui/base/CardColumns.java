package vn.motcua.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a citizen's list (dossiers, documents, notifications, who read their data) that
 * also make up each row's card on a phone. Most citizens come from VNeID on a phone, where a grid of
 * four or five columns only scrolls sideways and cuts off what matters (a dossier's procedure and
 * state, a document's title, what a notification says). At {@link Breakpoints#PHONE_PX} of the grid's own
 * width or less the columns give way to one column in which each row's facts are stacked, header over
 * value ({@link NarrowGrid}); the server sends both.
 *
 * <p>Usage: add every column through {@link #text} or {@link #component} (each returns the grid's
 * column for its width settings), then {@link #stackOnNarrow()} once.
 */
public final class CardColumns<T> {

    /** A column's header with either its text or its component. */
    private record Fact<T>(String header, ValueProvider<T, String> text, ValueProvider<T, Component> component) {
    }

    private final Grid<T> grid;
    private final List<Fact<T>> facts = new ArrayList<>();

    private CardColumns(Grid<T> grid) {
        this.grid = grid;
    }

    public static <T> CardColumns<T> of(Grid<T> grid) {
        return new CardColumns<>(grid);
    }

    /** A column of text; on a phone a line of the card under its header. */
    public Grid.Column<T> text(String header, ValueProvider<T, String> value) {
        facts.add(new Fact<>(header, value, null));
        return NarrowGrid.wideOnly(grid.addColumn(value).setHeader(header));
    }

    /** A column of a component (a link); the card gets its own instance of it. */
    public Grid.Column<T> component(String header, ValueProvider<T, Component> value) {
        facts.add(new Fact<>(header, null, value));
        return NarrowGrid.wideOnly(grid.addComponentColumn(value).setHeader(header));
    }

    /** Adds the card column and the switch between it and the other columns. */
    public Grid.Column<T> stackOnNarrow() {
        Grid.Column<T> cards = NarrowGrid.narrowOnly(grid.addComponentColumn(this::card));
        grid.addClassName("motcua-card-grid");
        // a citizen reads these lists whole (why their data was read, a document's title): cells
        // wrap on a wide screen too instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowGrid.watch(grid);
        return cards;
    }

    private Component card(T item) {
        Div card = new Div();
        card.addClassName("motcua-card");
        for (Fact<T> fact : facts) {
            Component value;
            if (fact.text() == null) {
                value = fact.component().apply(item);
            } else {
                String text = fact.text().apply(item);
                if (text == null || text.isBlank()) {
                    continue; // a header over nothing says nothing (a lookup made for no dossier)
                }
                value = new Span(text);
            }
            Div line = new Div();
            if (!fact.header().isBlank()) {
                Span header = new Span(fact.header());
                header.addClassName("motcua-fact-label");
                line.add(header);
            }
            line.add(value);
            card.add(line);
        }
        return card;
    }
}
