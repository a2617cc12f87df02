package vn.motcua.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.motcua.engine.database.DatabaseUnavailable;

/**
 * A click that fails because the database cannot be reached says so ("Dịch vụ tạm gián đoạn…") in
 * a notice, instead of failing silently; other failures keep Vaadin's handling (logged).
 */
@Component
class UnavailableNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new DefaultErrorHandler() {
            @Override
            public void error(ErrorEvent error) {
                UI ui = UI.getCurrent();
                if (ui != null && DatabaseUnavailable.isCause(error.getThrowable())) {
                    Notification notice = Notification.show(ui.getTranslation("unavailable.title") + ". "
                            + ui.getTranslation("unavailable.text"), 8000, Notification.Position.MIDDLE);
                    notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notice.setId("unavailable-notice");
                    return;
                }
                super.error(error);
            }
        }));
    }
}
