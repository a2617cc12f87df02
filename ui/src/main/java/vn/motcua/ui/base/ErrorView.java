package vn.motcua.ui.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.database.DatabaseUnavailable;
import vn.motcua.ui.publicsite.HomeView;

/**
 * A page that could not be shown, said in the page's language inside the portal's layout: "dịch vụ
 * tạm gián đoạn" (503) while the database cannot be reached — it comes back by itself — and a plain
 * "đã có lỗi" (500) for anything else, never a stack trace. Not-found and access-denied have their
 * own, more specific pages.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<RuntimeException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private String title = "";

    public ErrorView() {
        setId("error-view");
        addClassName("motcua-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        removeAll();
        boolean unavailable = DatabaseUnavailable.isCause(parameter.getCaughtException());
        if (unavailable) {
            log.warn("Page /{} while the database is unreachable: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().getMessage());
        } else {
            log.error("Page /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        }
        String key = unavailable ? "unavailable" : "error";
        title = getTranslation(key + ".title");
        RouterLink home = new RouterLink(getTranslation("not-found.home"), HomeView.class);
        add(new H1(title), new Paragraph(getTranslation(key + ".text")), new Paragraph(home));
        getElement().setAttribute("data-status", unavailable ? "503" : "500");
        return unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title + " | MotCua";
    }
}
