package vn.motcua.ui.base;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid that changes its columns when it is as narrow as a phone ({@link Breakpoints#PHONE_PX} of
 * its own width or less): columns marked {@link #wideOnly} give way, columns marked
 * {@link #narrowOnly} appear, and the grid carries a {@code data-narrow} attribute the theme can
 * style its cells by (e.g. a line of facts under a title, shown only then). It runs in the browser on
 * the grid's width (a {@code ResizeObserver}): it follows a phone turned sideways without a round trip.
 */
public final class NarrowGrid {

    private static final String NARROW_ONLY = "data-narrow-only";
    private static final String WIDE_ONLY = "data-wide-only";

    private NarrowGrid() {
    }

    public static <T> Grid.Column<T> wideOnly(Grid.Column<T> column) {
        column.getElement().setAttribute(WIDE_ONLY, true);
        return column;
    }

    public static <T> Grid.Column<T> narrowOnly(Grid.Column<T> column) {
        column.getElement().setAttribute(NARROW_ONLY, true);
        return column;
    }

    /** Starts the switch; once per grid. */
    public static void watch(Grid<?> grid) {
        grid.addAttachListener(event -> grid.getElement().executeJs("""
                const grid = this;
                const apply = () => {
                  const width = grid.getBoundingClientRect().width;
                  if (width === 0) return; // not laid out yet: the observer calls again
                  const narrow = width <= $0;
                  grid.toggleAttribute('data-narrow', narrow);
                  grid.querySelectorAll(':scope > vaadin-grid-column').forEach(column => {
                    const hide = (column.hasAttribute($1) && !narrow) || (column.hasAttribute($2) && narrow);
                    if (column.hidden !== hide) column.hidden = hide;
                  });
                };
                if (!grid.$narrowSwitch) {
                  grid.$narrowSwitch = new ResizeObserver(apply);
                  grid.$narrowSwitch.observe(grid);
                }
                apply();""", Breakpoints.PHONE_PX, NARROW_ONLY, WIDE_ONLY));
    }
}
