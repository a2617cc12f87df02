package vn.motcua.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import vn.motcua.engine.admin.InvalidStaffChangeException;
import vn.motcua.engine.admin.StaffAdministration;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/**
 * The staff directory for administrators: every unit with its active civil servants and open work
 * (units with work and nobody to do it first, marked), a unit's members with activation, and the
 * form that appoints a civil servant by personal ID number (name from the residents database).
 */
@Route(value = "quan-tri/can-bo", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class StaffAdminView extends Main implements HasDynamicTitle {

    private final StaffAdministration administration;
    private final StaffMember admin;
    private final Grid<StaffAdministration.UnitLine> units = new Grid<>();
    private final Grid<StaffDirectory.Entry> members = new Grid<>();
    private final TextField idNumber = new TextField();
    private final Span name = new Span();
    private final TextField unitCode = new TextField();
    private final TextField title = new TextField();
    private final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>();
    private final Paragraph result = new Paragraph();

    public StaffAdminView(CurrentUser currentUser, StaffAdministration administration) {
        this.administration = administration;
        this.admin = currentUser.require().staff().orElseThrow();
        setId("staff-admin");
        addClassName("motcua-page");
        units.setId("admin-units");
        units.addColumn(StaffAdministration.UnitLine::code).setHeader(getTranslation("admin.unitCode")).setAutoWidth(true);
        units.addColumn(StaffAdministration.UnitLine::name).setHeader(getTranslation("admin.unitName")).setFlexGrow(2);
        units.addColumn(StaffAdministration.UnitLine::activeStaff).setHeader(getTranslation("admin.activeStaff"));
        units.addColumn(StaffAdministration.UnitLine::openItems).setHeader(getTranslation("admin.openItems"));
        units.addColumn(l -> l.unstaffedWithWork() ? "⚠ " + getTranslation("admin.unstaffed") : "")
                .setHeader(getTranslation("admin.warning")).setAutoWidth(true);
        units.setAllRowsVisible(true);
        units.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(l -> {
            unitCode.setValue(l.code());
            showMembers(l.code());
        }));
        members.setId("admin-members");
        members.addColumn(e -> e.member().fullName()).setHeader(getTranslation("admin.name"));
        members.addColumn(e -> e.member().idNumber()).setHeader(getTranslation("admin.idNumber"));
        members.addColumn(e -> e.member().title()).setHeader(getTranslation("admin.title"));
        members.addColumn(e -> e.member().roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(java.util.stream.Collectors.joining(", "))).setHeader(getTranslation("admin.roles"));
        members.addComponentColumn(e -> {
            Button toggle = new Button(getTranslation(e.active() ? "admin.deactivate" : "admin.activate"), click -> {
                act(() -> administration.setActive(admin, e.member().idNumber(), !e.active()));
                showMembers(e.member().unitCode());
            });
            toggle.setId("admin-toggle-" + e.member().idNumber());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return toggle;
        }).setHeader(getTranslation("admin.active"));
        members.setAllRowsVisible(true);

        idNumber.setId("admin-id-number");
        idNumber.setLabel(getTranslation("admin.idNumber"));
        name.setId("admin-name");
        Button look = new Button(getTranslation("admin.lookUp"), e -> act(() -> name.setText(administration.lookUp(admin, idNumber.getValue()))));
        look.setId("admin-look-up");
        unitCode.setId("admin-unit-code");
        unitCode.setLabel(getTranslation("admin.unitCode"));
        title.setId("admin-title");
        title.setLabel(getTranslation("admin.title"));
        roles.setId("admin-roles");
        roles.setLabel(getTranslation("admin.roles"));
        roles.setItems(EnumSet.allOf(StaffRole.class));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Button save = new Button(getTranslation("admin.save"), e -> act(() -> {
            StaffMember saved = administration.save(admin, idNumber.getValue(), unitCode.getValue(), title.getValue(), roles.getValue());
            result.setText(getTranslation("admin.saved", saved.fullName(), saved.unitName()));
            refresh();
            showMembers(saved.unitCode());
        }));
        save.setId("admin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("admin-result");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("admin.heading")), new Paragraph(getTranslation("admin.lead")), units,
                new H2(getTranslation("admin.membersHeading")), members,
                new H2(getTranslation("admin.appoint")), new HorizontalLayout(idNumber, look, name),
                new HorizontalLayout(unitCode, title), roles, save, result);
        refresh();
    }

    private void refresh() {
        units.setItems(administration.units(admin));
    }

    private void showMembers(String unit) {
        members.setItems(administration.members(admin, unit));
    }

    /** Runs a change; refused input goes to its field. */
    private void act(Runnable change) {
        for (TextField field : new TextField[] {idNumber, unitCode, title}) {
            field.setInvalid(false);
        }
        roles.setInvalid(false);
        result.setText("");
        try {
            change.run();
        } catch (InvalidStaffChangeException e) {
            Map<String, String> errors = e.fieldErrors();
            mark(idNumber, errors.get("idNumber"));
            mark(unitCode, errors.get("unitCode"));
            mark(title, errors.get("title"));
            if (errors.containsKey("roles")) {
                roles.setInvalid(true);
                roles.setErrorMessage(errors.get("roles"));
            }
            result.setText(String.join("; ", errors.values()));
        }
    }

    private static void mark(TextField field, String error) {
        if (error != null) {
            field.setInvalid(true);
            field.setErrorMessage(error);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.heading") + " | MotCua";
    }
}
