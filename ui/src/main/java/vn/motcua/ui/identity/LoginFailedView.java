package vn.motcua.ui.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.ui.base.MainLayout;

/** Where a VNeID login that did not complete (refused consent, invalid token) lands. */
@Route(value = LoginFailedView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class LoginFailedView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "dang-nhap-that-bai";

    public LoginFailedView() {
        setId("login-failed-view");
        addClassName("motcua-page");
        Anchor retry = new Anchor(VneidLoginConfiguration.LOGIN_PATH.substring(1), getTranslation("login-failed.retry"));
        retry.setRouterIgnore(true);
        retry.setId("login-retry");
        add(new H1(getTranslation("login-failed.title")), new Paragraph(getTranslation("login-failed.text")), retry);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-failed.title") + " | MotCua";
    }
}
