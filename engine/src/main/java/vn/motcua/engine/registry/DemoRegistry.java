package vn.motcua.engine.registry;

import static vn.motcua.engine.registry.HouseholdRelation.*;
import static vn.motcua.forms.identity.Gender.FEMALE;
import static vn.motcua.forms.identity.Gender.MALE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.forms.identity.Gender;

/**
 * The documented demo people of the sandbox registry (README, "Demo accounts"): citizens of several
 * provinces and ages, a family with a newborn to register, a married couple, an engaged couple,
 * level-1 and level-2 VNeID accounts, and civil servants of the units the flagship procedures
 * route to. They are generated residents like the rest, with fixed ID numbers.
 */
public final class DemoRegistry {

    /** The sandbox passcode of every demo account (VNeID passcodes are 6 digits). */
    public static final String DEMO_PASSCODE = "246810";
    /** The one-time code the sandbox accepts for level-2 logins (no SMS leaves a sandbox). */
    public static final String DEMO_OTP = "123456";

    public record DemoAccount(Resident resident, int level) {
    }

    public record DemoStaff(String idNumber, String unitCode, String title, Set<StaffRole> roles) {
    }

    public record DemoUnit(String code, String name) {
    }

    private static final String BA_DINH = "00004";
    private static final String BA_DINH_ADDRESS = "Số 12 Đội Cấn, Phường Ba Đình, Thành phố Hà Nội";

    public static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("ubnd-xa-00004", "Ủy ban nhân dân Phường Ba Đình"),
            new DemoUnit("ca-xa-00004", "Công an Phường Ba Đình"),
            new DemoUnit("ca-tinh-01", "Công an Thành phố Hà Nội (Phòng Quản lý xuất nhập cảnh)"),
            new DemoUnit("bhxh-tinh-01", "Bảo hiểm xã hội Thành phố Hà Nội"),
            new DemoUnit("ubnd-xa-20194", "Ủy ban nhân dân Phường Hải Vân"),
            new DemoUnit("ubnd-tinh-01", "Ủy ban nhân dân Thành phố Hà Nội"));

    /** The named civil servants of the README's "Demo accounts". */
    public static final List<DemoStaff> NAMED_STAFF = List.of(
            new DemoStaff(id("01", 1987, FEMALE, 200001), "ubnd-xa-00004", "Công chức một cửa", Set.of(StaffRole.RECEPTION)),
            new DemoStaff(id("01", 1983, MALE, 200002), "ubnd-xa-00004", "Công chức tư pháp - hộ tịch", Set.of(StaffRole.SPECIALIST)),
            new DemoStaff(id("01", 1972, MALE, 200003), "ubnd-xa-00004", "Chủ tịch UBND phường", Set.of(StaffRole.LEADER)),
            new DemoStaff(id("01", 1990, MALE, 200004), "ca-xa-00004", "Cán bộ đăng ký cư trú",
                    Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST)),
            new DemoStaff(id("01", 1975, MALE, 200005), "ca-xa-00004", "Trưởng Công an phường", Set.of(StaffRole.LEADER)),
            new DemoStaff(id("01", 1986, FEMALE, 200006), "ca-tinh-01", "Cán bộ xuất nhập cảnh",
                    Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST)),

            new DemoStaff(id("01", 1984, MALE, 200007), "bhxh-tinh-01", "Cán bộ thu - cấp thẻ BHYT", Set.of(StaffRole.SPECIALIST)),
            new DemoStaff(id("48", 1991, FEMALE, 200008), "ubnd-xa-20194", "Công chức một cửa",
                    Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST)),
            new DemoStaff(id("01", 1980, FEMALE, 200009), "ubnd-tinh-01", "Chuyên viên cải cách hành chính",
                    Set.of(StaffRole.POLICY)),
            new DemoStaff(id("01", 1985, MALE, 200010), "ubnd-tinh-01", "Quản trị hệ thống", Set.of(StaffRole.ADMIN)),
            // coordinating agencies' officers, who answer when another unit asks their opinion
            new DemoStaff(id("01", 1988, FEMALE, 200011), "ca-xa-00004", "Cán bộ cho ý kiến phối hợp (cư trú)",
                    Set.of(StaffRole.CONSULTATION)),
            new DemoStaff(id("01", 1981, MALE, 200012), "ubnd-xa-00004", "Công chức địa chính - xây dựng (phối hợp)",
                    Set.of(StaffRole.CONSULTATION)),
            new DemoStaff(id("01", 1970, MALE, 200013), "ca-tinh-01", "Trưởng phòng Quản lý xuất nhập cảnh",
                    Set.of(StaffRole.LEADER)));

    /** The demo citizens (not the civil servants). */
    private static final List<DemoAccount> CITIZENS = citizens();

    /**
     * Every civil servant of the demo: the named ones, and a generated one-stop team wherever a demo
     * citizen's dossier can land — the People's Committee and the police of each demo citizen's ward,
     * the named province-level units, and each demo province's public-service centre (the routing's
     * fallback) — so that no demo dossier waits at a unit where nobody can take it.
     */
    public static final List<DemoStaff> STAFF = staff();

    /** Built after {@link #STAFF}: the civil servants are residents with accounts too. */
    public static final List<DemoAccount> ACCOUNTS = accounts();

    /** The prefix of a province's public-service centre ("Trung tâm Phục vụ hành chính công"). */
    public static final String SERVICE_CENTRE_PREFIX = "ttpvhcc-tinh-";

    private DemoRegistry() {
    }

    public static Set<String> idNumbers() {
        return ACCOUNTS.stream().map(a -> a.resident().idNumber()).collect(Collectors.toUnmodifiableSet());
    }

    static String id(String formerProvince, int year, Gender gender, int serial) {
        return ResidentGenerator.personalIdNumber(formerProvince, LocalDate.of(year, 6, 1), gender, serial);
    }

    private static List<DemoAccount> citizens() {
        List<DemoAccount> a = new ArrayList<>();
        // a family in Ba Đình expecting to register their newborn (the baby is not in the registry yet)
        String an = id("01", 1992, MALE, 100001);
        String binh = id("01", 1994, FEMALE, 100002);
        a.add(account(2, an, "Nguyễn Văn An", "1992-03-12", MALE, BA_DINH, BA_DINH_ADDRESS, "HKDEMO000001", HEAD, null, null, binh));
        a.add(account(2, binh, "Trần Thị Bình", "1994-07-21", FEMALE, BA_DINH, BA_DINH_ADDRESS, "HKDEMO000001", SPOUSE, null, null, an));
        // a married couple in Đà Nẵng
        String nam = id("48", 1988, MALE, 100003);
        String trang = id("49", 1990, FEMALE, 100004);
        String haiVan = "Số 45 Nguyễn Văn Cừ, Phường Hải Vân, Thành phố Đà Nẵng";
        a.add(account(2, nam, "Lê Hoàng Nam", "1988-01-15", MALE, "20194", haiVan, "HKDEMO000002", HEAD, null, null, trang));
        a.add(account(2, trang, "Phạm Thu Trang", "1990-09-09", FEMALE, "20194", haiVan, "HKDEMO000002", SPOUSE, null, null, nam));
        // an engaged couple in Hồ Chí Minh City, each in their parents' household
        a.add(account(2, id("79", 1996, MALE, 100005), "Võ Minh Tuấn", "1996-04-30", MALE, "25747",
                "Số 8 Yersin, Phường Thủ Dầu Một, Thành phố Hồ Chí Minh", "HKDEMO000003", CHILD, null, null, null));
        a.add(account(2, id("74", 1998, FEMALE, 100006), "Đặng Ngọc Lan", "1998-12-02", FEMALE, "25750",
                "Số 21 Phú Lợi, Phường Phú Lợi, Thành phố Hồ Chí Minh", "HKDEMO000004", CHILD, null, null, null));
        // citizens of other provinces and ages
        a.add(account(2, id("46", 1955, FEMALE, 100007), "Hồ Thị Thu", "1955-02-14", FEMALE, "19753",
                "Số 3 Đinh Tiên Hoàng, Phường Phú Xuân, Thành phố Huế", "HKDEMO000005", HEAD, null, null, null));
        a.add(account(2, id("92", 1969, MALE, 100008), "Dương Văn Hải", "1969-10-01", MALE, "31135",
                "Số 77 Hòa Bình, Phường Ninh Kiều, Thành phố Cần Thơ", "HKDEMO000006", HEAD, null, null, null));
        a.add(account(2, id("31", 1977, FEMALE, 100009), "Vũ Thị Hạnh", "1977-05-19", FEMALE, "10507",
                "Số 5 Trần Phú, Phường Thành Đông, Thành phố Hải Phòng", "HKDEMO000007", HEAD, null, null, null));
        a.add(account(2, id("38", 1983, MALE, 100010), "Lê Đức Thắng", "1983-08-08", MALE, "14797",
                "Số 90 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hoá", "HKDEMO000008", HEAD, null, null, null));
        a.add(account(2, id("56", 1999, FEMALE, 100011), "Nguyễn Khánh Linh", "1999-11-11", FEMALE, "22366",
                "Số 14 Trần Phú, Phường Nha Trang, Tỉnh Khánh Hoà", "HKDEMO000009", HEAD, null, null, null));
        a.add(account(2, id("66", 1961, MALE, 100012), "Đinh Văn Sáu", "1961-03-03", MALE, "22015",
                "Số 18 Hùng Vương, Phường Tuy Hoà, Tỉnh Đắk Lắk", "HKDEMO000010", HEAD, null, null, null));
        a.add(account(2, id("22", 1973, MALE, 100013), "Phan Văn Đức", "1973-12-25", MALE, "06652",
                "Tổ 3 khu 5, Phường Hà Tu, Tỉnh Quảng Ninh", "HKDEMO000011", HEAD, null, null, null));
        a.add(account(2, id("68", 2004, FEMALE, 100014), "Huỳnh Ngọc Yến", "2004-06-06", FEMALE, "22918",
                "Số 2 Huỳnh Thúc Kháng, Phường Mũi Né, Tỉnh Lâm Đồng", "HKDEMO000012", HEAD, null, null, null));
        // level-1 accounts (registered online, not yet verified in person)
        a.add(account(1, id("40", 2007, MALE, 100015), "Bùi Văn Tú", "2007-06-18", MALE, "16681",
                "Số 10 Lê Hồng Phong, Phường Thành Vinh, Tỉnh Nghệ An", "HKDEMO000013", HEAD, null, null, null));
        a.add(account(1, id("93", 2001, FEMALE, 100016), "Ngô Thị Hằng", "2001-02-27", FEMALE, "31120",
                "Số 6 Cách Mạng Tháng Tám, Phường Cái Khế, Thành phố Cần Thơ", "HKDEMO000014", HEAD, null, null, null));
        a.add(account(1, id("30", 1979, MALE, 100017), "Lý Minh Quân", "1979-09-30", MALE, "10525",
                "Số 33 Nguyễn Lương Bằng, Phường Hải Dương, Thành phố Hải Phòng", "HKDEMO000015", HEAD, null, null, null));
        // a grandmother and her grandson in Ba Đình
        String ba = id("01", 1950, FEMALE, 100018);
        a.add(account(2, ba, "Đỗ Thị Nhàn", "1950-01-20", FEMALE, BA_DINH, "Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội",
                "HKDEMO000016", HEAD, null, null, null));
        a.add(account(2, id("01", 2008, MALE, 100019), "Đỗ Quang Minh", "2008-04-04", MALE, BA_DINH,
                "Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội", "HKDEMO000016", CHILD, null, null, null));
        a.add(account(2, id("79", 1985, FEMALE, 100020), "Trương Mỹ Dung", "1985-07-07", FEMALE, "25747",
                "Số 100 Cách Mạng Tháng Tám, Phường Thủ Dầu Một, Thành phố Hồ Chí Minh", "HKDEMO000017", HEAD, null, null, null));
        return List.copyOf(a);
    }

    private static List<DemoStaff> staff() {
        List<DemoStaff> all = new ArrayList<>(NAMED_STAFF);
        java.util.SortedSet<String> units = new java.util.TreeSet<>();
        UNITS.forEach(u -> units.add(u.code()));
        for (DemoAccount citizen : CITIZENS) {
            String ward = citizen.resident().permanentWardCode();
            units.add("ubnd-xa-" + ward);
            units.add("ca-xa-" + ward);
            ShippedAdminUnits.provinceOfWard(ward).ifPresent(p -> units.add(SERVICE_CENTRE_PREFIX + p));
        }
        int serial = 300001;
        for (String unit : units) {
            Set<StaffRole> held = all.stream().filter(s -> s.unitCode().equals(unit)).flatMap(s -> s.roles().stream())
                    .collect(Collectors.toSet());
            String province = provinceOf(unit);
            if (!held.contains(StaffRole.RECEPTION) || !held.contains(StaffRole.SPECIALIST)) {
                all.add(new DemoStaff(id(province, 1990, FEMALE, serial++), unit, "Công chức tiếp nhận và xử lý hồ sơ",
                        Set.of(StaffRole.RECEPTION, StaffRole.SPECIALIST)));
            }
            if (!held.contains(StaffRole.LEADER)) {
                all.add(new DemoStaff(id(province, 1975, MALE, serial++), unit, "Lãnh đạo đơn vị", Set.of(StaffRole.LEADER)));
            }
        }
        return List.copyOf(all);
    }

    /** The province of a unit code ({@code ca-xa-20194} → 48, {@code ubnd-tinh-01} → 01). */
    private static String provinceOf(String unit) {
        String place = unit.substring(unit.lastIndexOf('-') + 1);
        return unit.contains("-xa-") ? ShippedAdminUnits.provinceOfWard(place).orElseThrow() : place;
    }

    private static List<DemoAccount> accounts() {
        List<DemoAccount> a = new ArrayList<>(CITIZENS);
        // the civil servants of the demo units are residents with level-2 accounts too: the named
        // ones by the README's names, the generated teams with generated names
        String[] staffNames = {"Hoàng Thị Mai", "Đỗ Văn Hùng", "Bùi Quang Vinh", "Ngô Đức Thắng", "Dương Văn Long",
                "Lý Thị Hương", "Phan Văn Lộc", "Huỳnh Thị Hoa", "Vũ Thị Lan Anh", "Trần Quốc Bảo", "Đinh Thị Thu",
                "Lương Văn Hải", "Trịnh Văn Khoa"};
        java.util.Random names = new java.util.Random(2025_07_01L);
        Map<String, String> places = new java.util.HashMap<>();
        Map<String, String> firstWard = new java.util.HashMap<>();
        for (var province : ShippedAdminUnits.read().provinces()) {
            firstWard.put(province.code(), province.wards().get(0).code());
            province.wards().forEach(w -> places.put(w.code(), w.fullName() + ", " + province.fullName()));
        }
        for (int i = 0; i < STAFF.size(); i++) {
            DemoStaff s = STAFF.get(i);
            Gender g = (s.idNumber().charAt(3) - '0') % 2 == 0 ? MALE : FEMALE;
            int year = 1900 + Integer.parseInt(s.idNumber().substring(4, 6));
            String unitPlace = s.unitCode().substring(s.unitCode().lastIndexOf('-') + 1);
            String ward = s.unitCode().contains("-xa-") ? unitPlace
                    : s.unitCode().endsWith("-01") ? BA_DINH : firstWard.getOrDefault(unitPlace, BA_DINH);
            String name = i < staffNames.length ? staffNames[i] : ResidentGenerator.name(names, g);
            String address = ward.equals(BA_DINH) ? "Số " + (20 + i) + " Liễu Giai, Phường Ba Đình, Thành phố Hà Nội"
                    : ward.equals("20194") ? "Số 9 Âu Cơ, Phường Hải Vân, Thành phố Đà Nẵng"
                    : "Số " + (i + 1) + " Trần Phú, " + places.get(ward);
            a.add(account(2, s.idNumber(), name, year + "-06-01", g, ward,
                    address, "HKDEMOS" + String.format("%05d", i + 1), HEAD, null, null, null));
        }
        return List.copyOf(a);
    }

    private static DemoAccount account(int level, String id, String name, String birth, Gender gender, String ward,
                                       String address, String household, HouseholdRelation relation, String father,
                                       String mother, String spouse) {
        return new DemoAccount(new Resident(id, name, LocalDate.parse(birth), gender, "Kinh", "Việt Nam",
                id.substring(0, 3), ward, address, ward, address, household, relation, father, mother, spouse), level);
    }
}
