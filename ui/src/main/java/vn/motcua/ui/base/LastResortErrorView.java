package vn.motcua.ui.base;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a citizen sees when even {@link ErrorView} cannot be shown (its layout failed too) or a
 * navigation threw a checked exception. It replaces Vaadin's own {@link InternalServerError},
 * which writes "There was an exception while trying to navigate to … with the root cause …" — in
 * English, naming the failure (a host name, a driver's message). This page has no layout and no
 * translation lookup, so nothing in it can fail again: a fixed line in Vietnamese and in English,
 * and a plain link home. The exception goes to the log only.
 */
@AnonymousAllowed
public class LastResortErrorView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(LastResortErrorView.class);

    static final String HEADING = "Đã có lỗi — Something went wrong";
    static final String TEXT = "Xin thử lại sau ít phút. Dữ liệu và hồ sơ của ông/bà không bị mất. "
            + "Please try again in a few minutes; your data and dossiers are safe.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Page /{} failed and so did its error page", event.getLocation().getPath(), parameter.getCaughtException());
        Element page = getElement();
        page.removeAllChildren();
        page.setAttribute("id", "last-resort-error");
        page.setAttribute("style", "padding: 1rem; font-family: sans-serif");
        Element home = ElementFactory.createAnchor("/", "Trang chủ — Home");
        page.appendChild(ElementFactory.createHeading1(HEADING), ElementFactory.createParagraph(TEXT), home);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
