package vn.motcua.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.db.Tables.ADMIN_FORMER_PROVINCE;
import static vn.motcua.db.Tables.ADMIN_WARD;
import static vn.motcua.db.Tables.RESIDENT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.forms.identity.PersonalIdNumber;

@SpringBootTest
class ResidentsRegistryIntegrationTests {

    @Autowired
    ResidentsDatabase registry;
    @Autowired
    StaffDirectory staff;
    @Autowired
    DSLContext sql;

    private static final DemoRegistry.DemoAccount AN = DemoRegistry.ACCOUNTS.get(0);

    @Test
    void theRegistryHoldsTheDemoPeopleAndTenThousandGeneratedResidentsWithStructurallyValidIdNumbers() {
        assertThat(sql.fetchCount(RESIDENT)).isEqualTo(10_000 + DemoRegistry.ACCOUNTS.size());
        Map<String, String> former = sql.select(ADMIN_FORMER_PROVINCE.CODE, ADMIN_FORMER_PROVINCE.NAME)
                .from(ADMIN_FORMER_PROVINCE).fetchMap(ADMIN_FORMER_PROVINCE.CODE, ADMIN_FORMER_PROVINCE.NAME);
        PersonalIdNumber ids = new PersonalIdNumber(former);
        Set<String> wards = Set.copyOf(sql.select(ADMIN_WARD.CODE).from(ADMIN_WARD).fetch(ADMIN_WARD.CODE));
        List<String> invalid = new ArrayList<>();
        sql.selectFrom(RESIDENT).forEach(r -> {
            Resident resident = MariaDbResidentsDatabase.toResident(r);
            var check = ids.check(resident.idNumber(), resident.birthDate(), resident.gender());
            if (!check.valid() || !wards.contains(resident.permanentWardCode())
                    || !resident.idNumber().startsWith(resident.birthProvinceCode())) {
                invalid.add(resident + " " + check.problems());
            }
        });
        assertThat(invalid).isEmpty();
        assertThat(sql.fetchCount(RESIDENT, RESIDENT.FULL_NAME.like("Nguyễn %"))).isBetween(3_000, 4_500);
        assertThat(sql.fetchCount(RESIDENT, RESIDENT.SPOUSE_ID_NUMBER.isNotNull())).isGreaterThan(4_000);
    }

    @Test
    void theGeneratorIsDeterministic() {
        var generator = new ResidentGenerator(new vn.motcua.workflows.adminunits.AdminUnits(
                List.of(new vn.motcua.workflows.adminunits.AdminUnits.Province("01", "Hà Nội", "Thành phố Hà Nội", null,
                        List.of(new vn.motcua.workflows.adminunits.AdminUnits.Ward("00004", "Ba Đình", "Phường Ba Đình", null)))),
                List.of(new vn.motcua.workflows.adminunits.AdminUnits.FormerProvince("01", "Thành phố Hà Nội", "01"))));
        List<Resident> first = new ArrayList<>();
        List<Resident> second = new ArrayList<>();
        generator.generate(7, 200, Set.of(), RegistryLoader.REFERENCE_DAY, first::add);
        generator.generate(7, 200, Set.of(), RegistryLoader.REFERENCE_DAY, second::add);
        assertThat(first).hasSize(200).isEqualTo(second);
        List<Resident> other = new ArrayList<>();
        generator.generate(8, 200, Set.of(), RegistryLoader.REFERENCE_DAY, other::add);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aReadReturnsOnlyTheFieldsAskedForAndIsLoggedForTheCitizen() {
        String id = AN.resident().idNumber();
        int before = registry.accessLog(id, 1000).size();
        Resident read = registry.findByIdNumber(id, EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE),
                new RegistryReader("012345678901", "Cán bộ thử", "Đăng ký khai sinh", "ubnd-xa-00004-261127-0001")).orElseThrow();
        assertThat(read.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(read.birthDate()).isEqualTo(AN.resident().birthDate());
        assertThat(read.permanentAddress()).isNull();
        assertThat(read.spouseIdNumber()).isNull();

        List<RegistryAccess> log = registry.accessLog(id, 1000);
        assertThat(log).hasSize(before + 1);
        assertThat(log.get(0).accessorName()).isEqualTo("Cán bộ thử");
        assertThat(log.get(0).dossierCode()).isEqualTo("ubnd-xa-00004-261127-0001");
        assertThat(log.get(0).fields()).containsExactly(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE);
    }

    @Test
    void aHouseholdIsReadHeadFirstAndEveryMemberReadIsLogged() {
        String spouse = AN.resident().spouseIdNumber();
        int before = registry.accessLog(spouse, 1000).size();
        List<Resident> household = registry.household(AN.resident().idNumber(),
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.HOUSEHOLD), RegistryReader.system("Thử", null));
        assertThat(household).extracting(Resident::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(household.get(0).relationToHead()).isEqualTo(HouseholdRelation.HEAD);
        assertThat(registry.accessLog(spouse, 1000)).hasSize(before + 1);
        assertThat(registry.findByIdNumber("000000000000", EnumSet.of(RegistryField.FULL_NAME),
                RegistryReader.system("Thử", null))).isEmpty();
    }

    @Test
    void theStaffDirectoryKnowsTheDemoCivilServantsAndNobodyElse() {
        var reception = staff.find(DemoRegistry.STAFF.get(0).idNumber()).orElseThrow();
        assertThat(reception.unitCode()).isEqualTo("ubnd-xa-00004");
        assertThat(reception.unitName()).isEqualTo("Ủy ban nhân dân Phường Ba Đình");
        assertThat(reception.roles()).containsExactly(StaffRole.RECEPTION);
        assertThat(reception.fullName()).isEqualTo("Hoàng Thị Mai");
        assertThat(staff.find(AN.resident().idNumber())).isEmpty();
    }
}
