package vn.motcua.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: the CSS-only MotCua theme (no npm build needed, see DESIGN.md). */
@Theme("motcua")
@Meta(name = "description", content = "MotCua — Cổng dịch vụ công")
class AppShell implements AppShellConfigurator {
}
