package vn.motcua.engine.registry;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.UnitNames;
import vn.motcua.engine.staff.StaffDirectory;

/**
 * Puts the demo units and civil servants (README, "Demo accounts") into the staff directory. It
 * lives with the rest of the demo seeding (the demo people, the generated residents), all of it
 * {@link vn.motcua.engine.OnlyWithDemoData}.
 */
@Component
@vn.motcua.engine.OnlyWithDemoData
@DependsOn("registryLoader")
class DemoStaffLoader implements InitializingBean {

    private final StaffDirectory directory;
    private final UnitNames unitNames;

    DemoStaffLoader(StaffDirectory directory, UnitNames unitNames) {
        this.directory = directory;
        this.unitNames = unitNames;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, Resident> people = DemoRegistry.ACCOUNTS.stream().map(DemoRegistry.DemoAccount::resident)
                .collect(Collectors.toMap(Resident::idNumber, Function.identity()));
        Map<String, String> named = DemoRegistry.UNITS.stream()
                .collect(Collectors.toMap(DemoRegistry.DemoUnit::code, DemoRegistry.DemoUnit::name));
        DemoRegistry.STAFF.stream().map(DemoRegistry.DemoStaff::unitCode).distinct().forEach(code -> directory.saveUnit(code,
                named.getOrDefault(code, unitNames.nameOf(code).orElse(code))));
        for (DemoRegistry.DemoStaff s : DemoRegistry.STAFF) {
            directory.saveMember(s.idNumber(), people.get(s.idNumber()).fullName(), s.unitCode(), s.title(), s.roles());
        }
    }
}
