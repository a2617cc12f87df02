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
import vn.motcua.ui.citizen.AccessLogView;
import vn.motcua.ui.citizen.MyDocumentsView;
import vn.motcua.ui.citizen.MyDossiersView;
import vn.motcua.ui.citizen.ProfileView;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidLoginConfiguration;
import vn.motcua.ui.staff.StaffHomeView;
import vn.motcua.ui.verification.VerificationView;
import vn.motcua.ui.publicsite.HomeView;

/** The shell around every view: portal name, navigation, login state and the language switch. */
public class MainLayout extends AppLayout implements LocaleChangeObserver, com.vaadin.flow.router.AfterNavigationObserver {

    private final Span portalTitle = new Span();
    private final Button languageSwitch = new Button();
    private final SideNavItem home = new SideNavItem("", HomeView.class, VaadinIcon.HOME.create());
    private final SideNavItem procedures = new SideNavItem("", CatalogueView.class, VaadinIcon.SEARCH.create());
    private final Anchor camunda = new Anchor("camunda/app/", "");
    private final Span footerText = new Span();
    private final CurrentUser currentUser;
    private final Anchor login = new Anchor(VneidLoginConfiguration.LOGIN_PATH.substring(1), "");
    private final Span userName = new Span();
    private final Button logout = new Button();
    private final SideNavItem profile = new SideNavItem("", ProfileView.class, VaadinIcon.USER_CARD.create());
    private final SideNavItem myDossiers = new SideNavItem("", MyDossiersView.class, VaadinIcon.FOLDER_OPEN.create());
    private final SideNavItem myDocuments = new SideNavItem("", MyDocumentsView.class, VaadinIcon.FILE_TEXT.create());
    private final SideNavItem consents = new SideNavItem("", vn.motcua.ui.citizen.OwnerConsentView.class, VaadinIcon.HANDSHAKE.create());
    private final SideNavItem accessLog = new SideNavItem("", AccessLogView.class, VaadinIcon.EYE.create());
    private final SideNavItem verify = new SideNavItem("", VerificationView.class, VaadinIcon.CHECK_CIRCLE.create());
    private final SideNavItem statisticsItem = new SideNavItem("", vn.motcua.ui.statistics.StatisticsView.class,
            VaadinIcon.BAR_CHART.create());
    private final SideNavItem staffArea = new SideNavItem("", StaffHomeView.class, VaadinIcon.OFFICE.create());
    private final SideNavItem adminItem = new SideNavItem("", vn.motcua.ui.admin.StaffAdminView.class,
            VaadinIcon.USERS.create());
    private final SideNavItem studioItem = new SideNavItem("", vn.motcua.ui.studio.ModelListView.class,
            VaadinIcon.CLUSTER.create());
    private final SideNavItem notificationsItem = new SideNavItem("", vn.motcua.ui.citizen.NotificationsView.class,
            VaadinIcon.BELL.create());
    private final Span unread = new Span();
    private final vn.motcua.engine.notification.NotificationService notifications;

    public MainLayout(CurrentUser currentUser, vn.motcua.engine.notification.NotificationService notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
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
        languageSwitch.addClickListener(click -> {
            PortalLocales.toggle(VaadinSession.getCurrent());
            // the current page is built anew in the new language: not every view observes the locale
            click.getSource().getUI().ifPresent(ui -> ui.refreshCurrentRoute(true));
        });

        Div spacer = new Div();
        spacer.addClassName("motcua-spacer");
        login.setId("login-link");
        login.setRouterIgnore(true); // a full page load into the OpenID Connect flow
        login.addClassName("motcua-login");
        userName.setId("user-name");
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        logout.addClickListener(click -> currentUser.logout());
        boolean loggedIn = currentUser.get().isPresent();
        currentUser.get().ifPresent(user -> userName.setText(user.fullName()));
        login.setVisible(!loggedIn);
        userName.setVisible(loggedIn);
        logout.setVisible(loggedIn);
        addToNavbar(new DrawerToggle(), title, spacer, userName, logout, login, languageSwitch);
    }

    private void configureDrawer() {
        SideNav nav = new SideNav();
        verify.getElement().setAttribute("id", "nav-verify");
        statisticsItem.getElement().setAttribute("id", "nav-statistics");
        nav.addItem(home, procedures, verify, statisticsItem);
        currentUser.get().ifPresent(user -> {
            profile.getElement().setAttribute("id", "nav-profile");
            accessLog.getElement().setAttribute("id", "nav-access-log");
            myDocuments.getElement().setAttribute("id", "nav-documents");
            consents.getElement().setAttribute("id", "nav-consents");
            myDossiers.getElement().setAttribute("id", "nav-dossiers");
            notificationsItem.getElement().setAttribute("id", "nav-notifications");
            unread.setId("notification-count");
            unread.getElement().getThemeList().add("badge error pill small");
            notificationsItem.setSuffixComponent(unread);
            nav.addItem(myDossiers, notificationsItem, consents, profile, myDocuments, accessLog);
            if (user.staff().isPresent()) {
                staffArea.getElement().setAttribute("id", "nav-staff");
                nav.addItem(staffArea);
            }
            var staffMember = user.staff();
            if (staffMember.isPresent() && (staffMember.get().has(vn.motcua.engine.staff.StaffRole.POLICY)
                    || staffMember.get().has(vn.motcua.engine.staff.StaffRole.LEADER)
                    || staffMember.get().has(vn.motcua.engine.staff.StaffRole.ADMIN))) {
                studioItem.getElement().setAttribute("id", "nav-studio");
                nav.addItem(studioItem);
            }
            if (staffMember.isPresent() && staffMember.get().has(vn.motcua.engine.staff.StaffRole.ADMIN)) {
                adminItem.getElement().setAttribute("id", "nav-admin");
                nav.addItem(adminItem);
            }
        });
        camunda.setId("camunda-link");
        camunda.setRouterIgnore(true);
        // Cockpit and the other engine web applications are for ADMIN staff only
        camunda.setVisible(currentUser.get().flatMap(u -> u.staff())
                .filter(s -> s.has(vn.motcua.engine.staff.StaffRole.ADMIN)).isPresent());
        footerText.addClassName("motcua-footer");
        addToDrawer(nav, camunda, new Footer(footerText));
    }

    /** The unread count, fresh at every navigation (the layout outlives its views). */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        currentUser.get().ifPresent(user -> {
            int count = notifications.unreadCount(user.idNumber());
            unread.setText(Integer.toString(count));
            unread.setVisible(count > 0);
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        portalTitle.setText(getTranslation("app.title"));
        languageSwitch.setText(getTranslation("app.language.switch"));
        home.setLabel(getTranslation("nav.home"));
        procedures.setLabel(getTranslation("nav.catalogue"));
        camunda.setText(getTranslation("nav.camunda"));
        footerText.setText(getTranslation("footer.text"));
        login.setText(getTranslation("nav.login"));
        logout.setText(getTranslation("nav.logout"));
        profile.setLabel(getTranslation("nav.profile"));
        accessLog.setLabel(getTranslation("nav.access-log"));
        staffArea.setLabel(getTranslation("nav.staff"));
        studioItem.setLabel(getTranslation("nav.studio"));
        adminItem.setLabel(getTranslation("nav.admin"));
        verify.setLabel(getTranslation("nav.verify"));
        statisticsItem.setLabel(getTranslation("nav.statistics"));
        myDocuments.setLabel(getTranslation("nav.documents"));
        consents.setLabel(getTranslation("nav.consents"));
        myDossiers.setLabel(getTranslation("nav.dossiers"));
        notificationsItem.setLabel(getTranslation("nav.notifications"));
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }
}
