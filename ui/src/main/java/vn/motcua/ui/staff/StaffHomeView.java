package vn.motcua.ui.staff;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/** The staff area: who is working, in which unit, with which roles (the task queues build on it). */
@Route(value = "can-bo", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class StaffHomeView extends Main implements HasDynamicTitle {

    public StaffHomeView(CurrentUser currentUser) {
        setId("staff-view");
        addClassName("motcua-page");
        StaffMember staff = currentUser.require().staff().orElseThrow();
        Span unit = new Span(staff.unitName() + " (" + staff.unitCode() + ")");
        unit.setId("staff-unit");
        Span roles = new Span(staff.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", ")));
        roles.setId("staff-roles");
        add(new H2(getTranslation("staff.title")),
                new Paragraph(getTranslation("staff.member", staff.fullName(), staff.title())),
                new Paragraph(new Span(getTranslation("staff.unit") + ": "), unit),
                new Paragraph(new Span(getTranslation("staff.roles") + ": "), roles));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | MotCua";
    }
}
