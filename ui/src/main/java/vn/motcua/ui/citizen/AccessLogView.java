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
import vn.motcua.ui.base.CardColumns;
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
        CardColumns<RegistryAccess> columns = CardColumns.of(grid);
        columns.text(getTranslation("access-log.when"), a -> DisplayTimes.SECOND.format(a.at())).setAutoWidth(true);
        columns.text(getTranslation("access-log.who"), RegistryAccess::accessorName).setAutoWidth(true);
        columns.text(getTranslation("access-log.purpose"), RegistryAccess::purpose).setFlexGrow(2);
        columns.text(getTranslation("access-log.dossier"), a -> a.dossierCode() == null ? "" : a.dossierCode());
        columns.text(getTranslation("access-log.fields"), a -> a.fields().stream()
                .map(f -> getTranslation("registry.field." + f.name())).collect(Collectors.joining(", "))).setFlexGrow(2);
        columns.stackOnNarrow();
        grid.setItems(registry.accessLog(currentUser.require().idNumber(), 500));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-log.title") + " | MotCua";
    }
}
