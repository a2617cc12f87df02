package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.motcua.engine.notification.Notification;
import vn.motcua.engine.notification.NotificationService;
import vn.motcua.ui.base.CardColumns;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/** The citizen's notifications, newest first; opening the page marks them read. */
@Route(value = "thong-bao", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    public NotificationsView(CurrentUser currentUser, NotificationService notifications) {
        setId("notifications-view");
        addClassName("motcua-page");
        String idNumber = currentUser.require().idNumber();
        List<Notification> items = notifications.forRecipient(idNumber, 200);
        add(new H1(getTranslation("notifications.heading")));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
            return;
        }
        Grid<Notification> grid = new Grid<>();
        grid.setId("notifications");
        CardColumns<Notification> columns = CardColumns.of(grid);
        columns.text(getTranslation("notifications.when"), n -> DisplayTimes.MINUTE.format(n.createdAt())).setAutoWidth(true);
        columns.component(getTranslation("notifications.dossier"), n -> new RouterLink(n.dossierCode(), DossierView.class,
                new RouteParameters("code", n.dossierCode()))).setAutoWidth(true);
        columns.text(getTranslation("notifications.what"), n -> getTranslation("event." + n.kind())).setFlexGrow(2);
        columns.stackOnNarrow();
        grid.setClassNameGenerator(n -> n.unread() ? "motcua-unread" : null);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        add(grid);
        notifications.markAllRead(idNumber);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.heading") + " | MotCua";
    }
}
