package vn.motcua.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import vn.motcua.ui.catalogue.CatalogueView;
import vn.motcua.ui.publicsite.HomeView;

/** The shell around every view: portal name, navigation and the language switch. */
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final Span portalTitle = new Span();
    private final Button languageSwitch = new Button();
    private final SideNavItem home = new SideNavItem("", HomeView.class, VaadinIcon.HOME.create());
    private final SideNavItem procedures = new SideNavItem("", CatalogueView.class, VaadinIcon.SEARCH.create());
    private final Anchor camunda = new Anchor("camunda/app/", "");
    private final Span footerText = new Span();

    public MainLayout() {
        configureNavbar();
        configureDrawer();
    }

    private void configureNavbar() {
        Span brand = new Span("MotCua");
        brand.addClassName("motcua-brand");
        portalTitle.setId("portal-title");
        portalTitle.addClassName("motcua-portal-title");
        Div title = new Div(brand, new Span(" — "), portalTitle);
        title.addClassName("motcua-title");

        languageSwitch.setId("language-switch");
        languageSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        languageSwitch.addClickListener(click -> PortalLocales.toggle(VaadinSession.getCurrent()));

        Div spacer = new Div();
        spacer.addClassName("motcua-spacer");
        addToNavbar(new DrawerToggle(), title, spacer, languageSwitch);
    }

    private void configureDrawer() {
        SideNav nav = new SideNav();
        nav.addItem(home, procedures);
        camunda.setId("camunda-link");
        camunda.setRouterIgnore(true);
        footerText.addClassName("motcua-footer");
        addToDrawer(nav, camunda, new Footer(footerText));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        portalTitle.setText(getTranslation("app.title"));
        languageSwitch.setText(getTranslation("app.language.switch"));
        home.setLabel(getTranslation("nav.home"));
        procedures.setLabel(getTranslation("nav.catalogue"));
        camunda.setText(getTranslation("nav.camunda"));
        footerText.setText(getTranslation("footer.text"));
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }
}
