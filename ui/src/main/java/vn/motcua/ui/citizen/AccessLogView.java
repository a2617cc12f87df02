package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.motcua.engine.registry.RegistryAccess;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/** "Ai đã tra cứu dữ liệu của tôi": every read of the citizen's registry data, newest first. */
@Route(value = "ca-nhan/ai-da-tra-cuu", layout = MainLayout.class)
@PermitAll
public class AccessLogView extends Main implements HasDynamicTitle {


    public AccessLogView(CurrentUser currentUser, ResidentsDatabase registry) {
        setId("access-log-view");
        addClassName("motcua-page");
        add(new H1(getTranslation("access-log.title")), new Paragraph(getTranslation("access-log.lead")));
        Grid<RegistryAccess> grid = new Grid<>();
        grid.setId("access-log");
        grid.addColumn(a -> DisplayTimes.SECOND.format(a.at())).setHeader(getTranslation("access-log.when")).setAutoWidth(true);
        grid.addColumn(RegistryAccess::accessorName).setHeader(getTranslation("access-log.who")).setAutoWidth(true);
        grid.addColumn(RegistryAccess::purpose).setHeader(getTranslation("access-log.purpose")).setFlexGrow(2);
        grid.addColumn(a -> a.dossierCode() == null ? "" : a.dossierCode()).setHeader(getTranslation("access-log.dossier"));
        grid.addColumn(a -> a.fields().stream().map(f -> getTranslation("registry.field." + f.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("access-log.fields")).setFlexGrow(2);
        grid.setItems(registry.accessLog(currentUser.require().idNumber(), 500));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-log.title") + " | MotCua";
    }
}
