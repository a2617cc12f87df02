package vn.motcua.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;

/**
 * A page's filters under a summary line: open on a wide screen, folded on a phone, where five or six
 * fields one under another would push the first result below the first screen. The summary says
 * what the filters hold, so a folded panel still tells what is shown.
 */
public final class FoldedOnPhone {

    private FoldedOnPhone() {
    }

    public static Details filters(String id, String summary, Component filters) {
        Details panel = new Details(summary, filters);
        panel.setId(id);
        panel.setOpened(true);
        // decided in the browser, which knows its width; "opened" is synchronised back to the server
        panel.addAttachListener(e -> panel.getElement()
                .executeJs("if (window.innerWidth <= $0) this.opened = false;", Breakpoints.PHONE_PX));
        return panel;
    }
}
