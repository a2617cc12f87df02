package vn.motcua.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A government portal speaks the national language first, whatever the browser asks for; English
 * is one click away.
 */
@Component
class VietnameseFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> PortalLocales.use(init.getSession(), PortalLocales.VIETNAMESE));
    }
}
