package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.ui.base.CardColumns;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.base.RegistryValue;
import vn.motcua.ui.identity.CurrentUser;
import vn.motcua.ui.identity.VneidUser;

/**
 * "Thông tin của tôi": what the National Residents Database holds about the logged-in citizen,
 * the data that prefills their forms. Read-only here: the registry is the source.
 */
@Route(value = "ca-nhan", layout = MainLayout.class)
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

    private static final EnumSet<RegistryField> FIELDS = EnumSet.allOf(RegistryField.class);

    public ProfileView(CurrentUser currentUser, ResidentsDatabase registry) {
        setId("profile-view");
        addClassName("motcua-page");
        VneidUser user = currentUser.require();
        RegistryReader self = new RegistryReader(user.idNumber(), user.fullName(),
                getTranslation("profile.purpose"), null);
        add(new H1(getTranslation("profile.title")));
        Paragraph level = new Paragraph(getTranslation("profile.level", user.level()));
        level.setId("profile-level");
        add(level);
        registry.findByIdNumber(user.idNumber(), FIELDS, self).ifPresentOrElse(
                resident -> show(resident, registry, self),
                () -> add(new Paragraph(getTranslation("profile.not-found"))));
    }

    private void show(Resident r, ResidentsDatabase registry, RegistryReader self) {
        Map<String, String> former = ShippedAdminUnits.formerProvinces(ShippedAdminUnits.read());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(RegistryValue.field(this, "profile-id-number", "profile.id-number", r.idNumber()),
                RegistryValue.field(this, "profile-full-name", "profile.full-name", r.fullName()),
                RegistryValue.field(this, "profile-birth-date", "profile.birth-date", DisplayTimes.DATE.format(r.birthDate())),
                RegistryValue.field(this, "profile-gender", "profile.gender", getTranslation("gender." + r.gender().name())),
                RegistryValue.field(this, "profile-ethnicity", "profile.ethnicity", r.ethnicity()),
                RegistryValue.field(this, "profile-nationality", "profile.nationality", r.nationality()),
                RegistryValue.field(this, "profile-birth-place", "profile.birth-place", former.getOrDefault(r.birthProvinceCode().substring(1),
                        r.birthProvinceCode())),
                RegistryValue.field(this, "profile-relation", "profile.relation", getTranslation("relation." + r.relationToHead().name())));
        TextField permanent = RegistryValue.field(this, "profile-permanent-address", "profile.permanent-address", r.permanentAddress());
        TextField current = RegistryValue.field(this, "profile-current-address", "profile.current-address", r.currentAddress());
        form.add(permanent, current);
        form.setColspan(permanent, 2);
        form.setColspan(current, 2);
        add(form);

        add(new H3(getTranslation("profile.household")));
        List<Resident> members = registry.household(r.idNumber(),
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.HOUSEHOLD), self);
        Grid<Resident> household = new Grid<>();
        household.setId("profile-household");
        CardColumns<Resident> columns = CardColumns.of(household);
        columns.text(getTranslation("profile.full-name"), Resident::fullName);
        columns.text(getTranslation("profile.relation"), m -> getTranslation("relation." + m.relationToHead().name()));
        columns.text(getTranslation("profile.birth-date"), m -> DisplayTimes.DATE.format(m.birthDate()));
        columns.stackOnNarrow();
        household.setItems(members);
        household.setAllRowsVisible(true);
        add(household);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | MotCua";
    }
}
