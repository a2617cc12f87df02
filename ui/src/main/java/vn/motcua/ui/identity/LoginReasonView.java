package vn.motcua.ui.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.ui.base.MainLayout;

/**
 * Where a logged-out visitor lands when the page they opened needs their identity (their dossiers,
 * profile, the staff area): it says why before sending them to VNeID. The header's own login link
 * goes to VNeID directly.
 */
@Route(value = LoginReasonView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class LoginReasonView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "dang-nhap";

    public LoginReasonView() {
        setId("login-reason-view");
        addClassName("motcua-page");
        Anchor login = new Anchor(VneidLoginConfiguration.LOGIN_PATH.substring(1), getTranslation("login-reason.button"));
        login.setRouterIgnore(true);
        login.setId("login-reason-continue");
        login.addClassName("motcua-login-button");
        UnorderedList why = new UnorderedList(new ListItem(getTranslation("login-reason.own")),
                new ListItem(getTranslation("login-reason.level")), new ListItem(getTranslation("login-reason.once")));
        add(new H1(getTranslation("login-reason.title")), new Paragraph(getTranslation("login-reason.lead")), why,
                new Paragraph(login));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-reason.title") + " | MotCua";
    }
}
