package vn.motcua.ui.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.ui.catalogue.CatalogueView;
import vn.motcua.ui.publicsite.HomeView;

/**
 * An address the portal does not have: said in the page's language, inside the portal's layout,
 * with the way back, for anyone (logged in or not), answered with HTTP 404.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setId("not-found-view");
        addClassName("motcua-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        RouterLink home = new RouterLink(getTranslation("not-found.home"), HomeView.class);
        home.setId("not-found-home");
        RouterLink catalogue = new RouterLink(getTranslation("not-found.catalogue"), CatalogueView.class);
        add(new H1(getTranslation("not-found.title")),
                new Paragraph(getTranslation("not-found.text", "/" + event.getLocation().getPath())),
                new Paragraph(home), new Paragraph(catalogue));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " | MotCua";
    }
}
