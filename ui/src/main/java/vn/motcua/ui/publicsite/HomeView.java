package vn.motcua.ui.publicsite;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.catalogue.CatalogueView;

/** The public home page: what the portal offers, to whom. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final TextField search = new TextField();
    private final Audience citizens = new Audience("citizens");
    private final Audience staff = new Audience("staff");
    private final Audience policy = new Audience("policy");

    public HomeView() {
        setId("home-view");
        addClassName("motcua-home");
        heading.setId("home-heading");
        Div audiences = new Div(citizens, staff, policy);
        audiences.addClassName("motcua-audiences");
        search.setId("home-search");
        search.setWidthFull();
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addKeyPressListener(Key.ENTER, e -> getUI().ifPresent(ui -> ui.navigate(CatalogueView.class,
                QueryParameters.of("q", search.getValue()))));
        add(heading, lead, search, audiences);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.heading"));
        lead.setText(getTranslation("home.lead"));
        search.setPlaceholder(getTranslation("home.search"));
        citizens.translate();
        staff.translate();
        policy.translate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | MotCua — " + getTranslation("app.title");
    }

    /** One card: who it is for and what they can do. */
    private static final class Audience extends Div {

        private final String key;
        private final H3 title = new H3();
        private final Paragraph text = new Paragraph();

        Audience(String key) {
            this.key = key;
            addClassName("motcua-audience");
            add(title, text);
        }

        void translate() {
            title.setText(getTranslation("home." + key + ".title"));
            text.setText(getTranslation("home." + key + ".text"));
        }
    }
}
