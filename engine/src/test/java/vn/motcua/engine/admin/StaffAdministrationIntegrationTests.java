package vn.motcua.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.queue.QueueAccessDeniedException;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/**
 * An administrator opens a unit that routing sends dossiers to but where nobody works, appoints a
 * resident found in the registry (the read shows in that person's access log), deactivates and
 * reactivates them; every change audited, bad input refused field by field, only ADMIN may.
 */
@SpringBootTest
class StaffAdministrationIntegrationTests {

    private static final StaffMember ADMIN = new StaffMember("001085200010", "Trần Quốc Bảo", "ubnd-tinh-01", "UBND",
            "Quản trị", Set.of(StaffRole.ADMIN));
    private static final StaffMember CLERK = new StaffMember("001187200001", "Hoàng Thị Mai", "ubnd-xa-00004", "UBND",
            "Một cửa", Set.of(StaffRole.RECEPTION));
    private static final String DINH_VAN_SAU = "066061100012";

    @Autowired
    StaffAdministration administration;
    @Autowired
    StaffDirectory directory;
    @Autowired
    ResidentsDatabase registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext sql;

    @Test
    void anUnstaffedUnitWithWorkIsListedThenStaffedAndTheAppointmentIsAudited() {
        String unit = "ubnd-xa-" + (10_000 + (int) (Math.random() * 80_000)) + "t";
        sql.insertInto(WORK_ITEM).set(WORK_ITEM.TASK_ID, UUID.randomUUID().toString()).set(WORK_ITEM.PROCESS_INSTANCE_ID, "p")
                .set(WORK_ITEM.DOSSIER_CODE, unit + "-1").set(WORK_ITEM.TASK_KEY, "Task_Reception").set(WORK_ITEM.UNIT_CODE, unit)
                .set(WORK_ITEM.STEP, "reception").set(WORK_ITEM.CREATED_AT, LocalDateTime.now())
                .set(WORK_ITEM.DUE_AT, LocalDateTime.now().plusDays(3)).set(WORK_ITEM.STATE, "OPEN")
                .set(WORK_ITEM.IS_OPEN, (byte) 1).execute();
        var lines = administration.units(ADMIN);
        assertThat(lines.get(0).unstaffedWithWork()).isTrue();
        assertThat(lines).filteredOn(l -> l.code().equals(unit)).singleElement()
                .satisfies(l -> assertThat(l.unstaffedWithWork()).isTrue());

        assertThat(administration.lookUp(ADMIN, DINH_VAN_SAU)).isEqualTo("Đinh Văn Sáu");
        assertThat(registry.accessLog(DINH_VAN_SAU, 5)).anySatisfy(a -> {
            assertThat(a.accessor()).isEqualTo(ADMIN.idNumber());
            assertThat(a.purpose()).contains("Bổ nhiệm cán bộ");
        });
        StaffMember sau = administration.save(ADMIN, DINH_VAN_SAU, unit, "Công chức một cửa",
                Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST));
        assertThat(sau.fullName()).isEqualTo("Đinh Văn Sáu");
        assertThat(sau.unitCode()).isEqualTo(unit);
        assertThat(directory.find(DINH_VAN_SAU)).isPresent();
        assertThat(administration.units(ADMIN)).filteredOn(l -> l.code().equals(unit)).singleElement()
                .satisfies(l -> {
                    assertThat(l.unstaffedWithWork()).isFalse();
                    assertThat(l.activeStaff()).isEqualTo(1);
                });

        administration.setActive(ADMIN, DINH_VAN_SAU, false);
        assertThat(directory.find(DINH_VAN_SAU)).as("deactivated: citizen rights only").isEmpty();
        assertThat(administration.members(ADMIN, unit)).singleElement().satisfies(e -> assertThat(e.active()).isFalse());
        administration.setActive(ADMIN, DINH_VAN_SAU, true);
        assertThat(directory.find(DINH_VAN_SAU)).isPresent();
        assertThat(audit.eventsFor("STAFF", DINH_VAN_SAU)).extracting(e -> e.action())
                .containsSubsequence("STAFF_SAVED", "STAFF_DEACTIVATED", "STAFF_ACTIVATED");
        assertThat(audit.eventsFor("STAFF_UNIT", unit)).extracting(e -> e.action()).containsExactly("STAFF_UNIT_OPENED");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndOnlyAdministratorsMay() {
        assertThatThrownBy(() -> administration.save(ADMIN, "12345", "UBND XA", " ", Set.of()))
                .isInstanceOfSatisfying(InvalidStaffChangeException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("unitCode", "title", "roles"));
        assertThatThrownBy(() -> administration.lookUp(ADMIN, "999999999999"))
                .isInstanceOfSatisfying(InvalidStaffChangeException.class, e -> assertThat(e.fieldErrors()).containsKey("idNumber"));
        assertThatThrownBy(() -> administration.setActive(ADMIN, ADMIN.idNumber(), false)).isInstanceOf(InvalidStaffChangeException.class);
        assertThatThrownBy(() -> administration.save(ADMIN, ADMIN.idNumber(), "ubnd-tinh-01", "Quản trị", Set.of(StaffRole.POLICY)))
                .isInstanceOf(InvalidStaffChangeException.class);
        assertThatThrownBy(() -> administration.units(CLERK)).isInstanceOf(QueueAccessDeniedException.class);
        assertThatThrownBy(() -> administration.save(CLERK, DINH_VAN_SAU, "ubnd-xa-00004", "x", Set.of(StaffRole.ADMIN)))
                .isInstanceOf(QueueAccessDeniedException.class);
    }
}
