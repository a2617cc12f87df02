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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.database.DatabaseUnavailable;
import vn.motcua.ui.catalogue.CatalogueView;
import vn.motcua.ui.citizen.AccessLogView;
import vn.motcua.ui.citizen.MyDocumentsView;
import vn.motcua.ui.citizen.MyDossiersView;
import vn.motcua.ui.citizen.ProfileView;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidLoginConfiguration;
import vn.motcua.ui.staff.StaffHomeView;
import vn.motcua.ui.verification.VerificationView;
import vn.motcua.ui.publicsite.HomeView;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell around every view: portal name, navigation, login state and the language switch.
 * Only what this user sees is built (a citizen's page holds no staff entries, a logged-in page no
 * login link): each component stays in the session while the page is open.
 */
public class MainLayout extends AppLayout implements LocaleChangeObserver, com.vaadin.flow.router.AfterNavigationObserver {

    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    /** A text of the shell and the message key it shows, set again when the language changes. */
    private record Label(java.util.function.Consumer<String> target, String key) {
    }

    private final List<Label> labels = new ArrayList<>();
    private final CurrentUser currentUser;
    private final vn.motcua.engine.notification.NotificationService notifications;
    private Span unread;

    public MainLayout(CurrentUser currentUser, vn.motcua.engine.notification.NotificationService notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        configureNavbar();
        configureDrawer();
    }

    private void configureNavbar() {
        Span portalTitle = new Span();
        portalTitle.setId("portal-title");
        portalTitle.addClassName("motcua-portal-title");
        labels.add(new Label(portalTitle::setText, "app.title"));
        Span brand = new Span("MotCua");
        brand.addClassName("motcua-brand");
        Div title = new Div(brand, portalTitle);
        title.addClassName("motcua-title");

        Button languageSwitch = new Button();
        languageSwitch.setId("language-switch");
        languageSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        languageSwitch.addClickListener(click -> {
            PortalLocales.toggle(VaadinSession.getCurrent());
            // the current page is built anew in the new language: not every view observes the locale
            click.getSource().getUI().ifPresent(ui -> ui.refreshCurrentRoute(true));
        });
        labels.add(new Label(languageSwitch::setText, "app.language.switch"));

        Div spacer = new Div();
        spacer.addClassName("motcua-spacer");
        addToNavbar(new DrawerToggle(), title, spacer);
        // logging in and out load a new page: the other state's controls are never needed on this one
        currentUser.get().ifPresentOrElse(user -> {
            Span userName = new Span(user.fullName());
            userName.setId("user-name");
            Button logout = new Button();
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            logout.addClickListener(click -> currentUser.logout());
            labels.add(new Label(logout::setText, "nav.logout"));
            addToNavbar(userName, logout);
        }, () -> {
            Anchor login = new Anchor(VneidLoginConfiguration.LOGIN_PATH.substring(1), "");
            login.setId("login-link");
            login.setRouterIgnore(true); // a full page load into the OpenID Connect flow
            login.addClassName("motcua-login");
            labels.add(new Label(login::setText, "nav.login"));
            addToNavbar(login);
        });
        addToNavbar(languageSwitch);
    }

    private void configureDrawer() {
        SideNav nav = new SideNav();
        nav.addItem(item(HomeView.class, VaadinIcon.HOME, "nav.home", null),
                item(CatalogueView.class, VaadinIcon.SEARCH, "nav.catalogue", null),
                item(VerificationView.class, VaadinIcon.CHECK_CIRCLE, "nav.verify", "nav-verify"),
                item(vn.motcua.ui.statistics.StatisticsView.class, VaadinIcon.BAR_CHART, "nav.statistics", "nav-statistics"));
        Footer footer = new Footer();
        currentUser.get().ifPresent(user -> {
            SideNavItem notificationsItem = item(vn.motcua.ui.citizen.NotificationsView.class, VaadinIcon.BELL,
                    "nav.notifications", "nav-notifications");
            unread = new Span();
            unread.setId("notification-count");
            unread.getElement().getThemeList().add("badge error pill small");
            notificationsItem.setSuffixComponent(unread);
            nav.addItem(item(MyDossiersView.class, VaadinIcon.FOLDER_OPEN, "nav.dossiers", "nav-dossiers"), notificationsItem,
                    item(vn.motcua.ui.citizen.OwnerConsentView.class, VaadinIcon.HANDSHAKE, "nav.consents", "nav-consents"),
                    item(ProfileView.class, VaadinIcon.USER_CARD, "nav.profile", "nav-profile"),
                    item(MyDocumentsView.class, VaadinIcon.FILE_TEXT, "nav.documents", "nav-documents"),
                    item(AccessLogView.class, VaadinIcon.EYE, "nav.access-log", "nav-access-log"));
            var staffMember = user.staff();
            if (staffMember.isPresent()) {
                nav.addItem(item(StaffHomeView.class, VaadinIcon.OFFICE, "nav.staff", "nav-staff"));
            }
            if (staffMember.isPresent() && (staffMember.get().has(vn.motcua.engine.staff.StaffRole.POLICY)
                    || staffMember.get().has(vn.motcua.engine.staff.StaffRole.LEADER)
                    || staffMember.get().has(vn.motcua.engine.staff.StaffRole.ADMIN))) {
                nav.addItem(item(vn.motcua.ui.studio.ModelListView.class, VaadinIcon.CLUSTER, "nav.studio", "nav-studio"));
            }
            if (staffMember.isPresent() && staffMember.get().has(vn.motcua.engine.staff.StaffRole.ADMIN)) {
                nav.addItem(item(vn.motcua.ui.admin.StaffAdminView.class, VaadinIcon.USERS, "nav.admin", "nav-admin"));
            }
        });
        addToDrawer(nav);
        // Cockpit and the other engine web applications are for ADMIN staff only
        if (currentUser.get().flatMap(u -> u.staff()).filter(s -> s.has(vn.motcua.engine.staff.StaffRole.ADMIN)).isPresent()) {
            Anchor camunda = new Anchor("camunda/app/", "");
            camunda.setId("camunda-link");
            camunda.setRouterIgnore(true);
            labels.add(new Label(camunda::setText, "nav.camunda"));
            addToDrawer(camunda);
        }
        footer.addClassName("motcua-footer");
        labels.add(new Label(footer::setText, "footer.text"));
        addToDrawer(footer);
    }

    private SideNavItem item(Class<? extends com.vaadin.flow.component.Component> view, VaadinIcon icon, String labelKey, String id) {
        SideNavItem item = new SideNavItem("", view, icon.create());
        if (id != null) {
            item.getElement().setAttribute("id", id);
        }
        labels.add(new Label(item::setLabel, labelKey));
        return item;
    }

    /** The unread count, fresh at every navigation (the layout outlives its views). */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        currentUser.get().ifPresent(user -> showUnread(user.idNumber()));
    }

    /**
     * Without the badge while the database cannot be reached: the page below then says so itself
     * (ErrorView's 503). Thrown on, the failure would break that page too, and Vaadin would fall
     * back to its bare internal-error text, naming the connection error to the citizen.
     */
    private void showUnread(String idNumber) {
        int count;
        try {
            count = notifications.unreadCount(idNumber);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            log.warn("Unread notifications not counted while the database is unreachable: {}", e.getMessage());
            count = 0;
        }
        unread.setText(Integer.toString(count));
        unread.setVisible(count > 0);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels.forEach(label -> label.target().accept(getTranslation(label.key())));
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }
}
