package vn.motcua.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.catalogue.ReferenceDataLoads;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffRole;

/**
 * The demo staff are seeded once per set of demo staff: a restart with the same ones writes nothing
 * and leaves what an administrator did to a demo account; other demo staff are seeded again.
 */
@SpringBootTest
class DemoStaffLoaderIntegrationTests {

    /** Trưởng Công an phường Ba Đình (README, "Demo accounts"). */
    private static final DemoRegistry.DemoStaff POLICE_LEADER = DemoRegistry.NAMED_STAFF.stream()
            .filter(s -> s.unitCode().equals("ca-xa-00004") && s.roles().contains(StaffRole.LEADER)).findFirst().orElseThrow();

    @Autowired
    DemoStaffLoader loader;
    @Autowired
    StaffDirectory directory;
    @Autowired
    ReferenceDataLoads loads;

    @Test
    void anUnchangedRestartLeavesTheDirectoryAsTheAdministratorLeftIt() {
        String seeded = loads.loadedHash(DemoStaffLoader.DATA_SET).orElseThrow();
        try {
            directory.setActive(POLICE_LEADER.idNumber(), false);

            loader.afterPropertiesSet(); // what a restart with the same demo staff does

            assertThat(directory.find(POLICE_LEADER.idNumber())).as("still deactivated").isEmpty();
            assertThat(loads.loadedHash(DemoStaffLoader.DATA_SET)).contains(seeded);
        } finally {
            directory.setActive(POLICE_LEADER.idNumber(), true);
        }
    }

    @Test
    void otherDemoStaffAreSeededAgainAndTheKeyRecorded() {
        String seeded = loads.loadedHash(DemoStaffLoader.DATA_SET).orElseThrow();
        try {
            directory.setActive(POLICE_LEADER.idNumber(), false);
            loads.markLoaded(DemoStaffLoader.DATA_SET, "an older build's demo staff", LocalDateTime.now());

            loader.afterPropertiesSet();

            assertThat(directory.find(POLICE_LEADER.idNumber())).as("seeded again, active")
                    .hasValueSatisfying(m -> assertThat(m.roles()).containsExactly(StaffRole.LEADER));
            assertThat(loads.loadedHash(DemoStaffLoader.DATA_SET)).as("the same key as the first seeding").contains(seeded);
        } finally {
            directory.setActive(POLICE_LEADER.idNumber(), true);
        }
    }
}
