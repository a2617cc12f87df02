package vn.motcua.engine.registry;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.Sha256;
import vn.motcua.engine.catalogue.ReferenceDataLoads;
import vn.motcua.engine.catalogue.UnitNames;
import vn.motcua.engine.staff.StaffDirectory;

/**
 * Puts the demo units and civil servants (README, "Demo accounts") into the staff directory. It
 * lives with the rest of the demo seeding (the demo people, the generated residents), all of it
 * {@link vn.motcua.engine.OnlyWithDemoData}. Like the registry, the seeding is keyed in
 * {@code reference_data_load}: a restart with the same demo staff writes nothing, so what an
 * administrator did to a demo account (deactivated it, say) stays done; a build with other demo
 * staff seeds them again.
 */
@Component
@vn.motcua.engine.OnlyWithDemoData
@DependsOn("registryLoader")
class DemoStaffLoader implements InitializingBean {

    static final String DATA_SET = "demo-staff";
    private static final String VERSION = "demo-staff-1";
    private static final Logger log = LoggerFactory.getLogger(DemoStaffLoader.class);

    private final StaffDirectory directory;
    private final UnitNames unitNames;
    private final ReferenceDataLoads loads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoStaffLoader(StaffDirectory directory, UnitNames unitNames, ReferenceDataLoads loads, TransactionTemplate transaction,
                    Clock clock) {
        this.directory = directory;
        this.unitNames = unitNames;
        this.loads = loads;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, Resident> people = DemoRegistry.ACCOUNTS.stream().map(DemoRegistry.DemoAccount::resident)
                .collect(Collectors.toMap(Resident::idNumber, Function.identity()));
        Map<String, String> units = unitsOfStaff();
        String hash = Sha256.hex(key(units, people));
        if (loads.loadedHash(DATA_SET).filter(hash::equals).isPresent()) {
            log.info("Demo staff unchanged");
            return;
        }
        transaction.executeWithoutResult(status -> {
            units.forEach(directory::saveUnit);
            for (DemoRegistry.DemoStaff s : DemoRegistry.STAFF) {
                directory.saveMember(s.idNumber(), people.get(s.idNumber()).fullName(), s.unitCode(), s.title(), s.roles());
            }
            loads.markLoaded(DATA_SET, hash, LocalDateTime.now(clock));
        });
        log.info("Demo staff loaded: {} civil servants in {} units", DemoRegistry.STAFF.size(), units.size());
    }

    /** Each unit that has demo staff, with its name: the demo's own, else the shipped administrative unit's. */
    private Map<String, String> unitsOfStaff() {
        Map<String, String> named = DemoRegistry.UNITS.stream()
                .collect(Collectors.toMap(DemoRegistry.DemoUnit::code, DemoRegistry.DemoUnit::name));
        Map<String, String> units = new TreeMap<>();
        for (DemoRegistry.DemoStaff s : DemoRegistry.STAFF) {
            units.computeIfAbsent(s.unitCode(), code -> named.getOrDefault(code, unitNames.nameOf(code).orElse(code)));
        }
        return units;
    }

    /** Everything the seeding writes, in a fixed order (a set of roles prints in no fixed order). */
    private static String key(Map<String, String> units, Map<String, Resident> people) {
        StringBuilder key = new StringBuilder(VERSION);
        units.forEach((code, name) -> key.append('\n').append(code).append('=').append(name));
        for (DemoRegistry.DemoStaff s : DemoRegistry.STAFF) {
            key.append('\n').append(String.join("|", s.idNumber(), people.get(s.idNumber()).fullName(), s.unitCode(),
                    s.title(), new TreeSet<>(s.roles()).toString()));
        }
        return key.toString();
    }
}
