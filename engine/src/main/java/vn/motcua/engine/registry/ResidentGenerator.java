package vn.motcua.engine.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.motcua.forms.identity.Gender;
import vn.motcua.workflows.adminunits.AdminUnits;

/**
 * Generates the sandbox registry: households of realistic Vietnamese residents (names with
 * diacritics, family names in their real proportions, parents 20-40 years older than their
 * children, a spouse for most heads), living in real wards, with personal ID numbers valid by
 * structure (former-province code of the birth registration, century/gender digit, year digits).
 * The same seed and count always give the same residents.
 */
public final class ResidentGenerator {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    /** Share in percent of each family name above, roughly as the population carries them. */
    private static final int[] FAMILY_WEIGHT = {38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 1, 1, 1};
    private static final String[] MALE_MIDDLE = {"Văn", "Minh", "Đức", "Hữu", "Quang", "Thanh", "Công", "Gia", "Bảo", "Tuấn"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Khánh", "Phương", "Mai", "Hồng"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng",
            "Huy", "Khang", "Khoa", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng",
            "Thành", "Trung", "Tuấn", "Việt", "Vinh"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh",
            "Loan", "Mai", "My", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Uyên", "Vân",
            "Yến"};
    private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
            "Quang Trung", "Hoàng Diệu", "Phan Chu Trinh", "Điện Biên Phủ", "Nguyễn Huệ", "Lê Duẩn", "Hùng Vương",
            "Bà Triệu", "Trần Phú", "Nguyễn Du"};
    private static final String[] ETHNICITY = {"Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông"};
    private static final int[] ETHNICITY_WEIGHT = {85, 2, 2, 2, 2, 2, 2, 3};

    private final List<Place> places;
    private final Map<String, List<String>> formerByProvince;
    private final List<String> allFormer;

    /** A ward with its province, as addresses need them. */
    record Place(String wardCode, String wardName, String provinceCode, String provinceName) {
    }

    public ResidentGenerator(AdminUnits units) {
        List<Place> all = new ArrayList<>();
        for (AdminUnits.Province p : units.provinces()) {
            for (AdminUnits.Ward w : p.wards()) {
                all.add(new Place(w.code(), w.fullName(), p.code(), p.fullName()));
            }
        }
        this.places = List.copyOf(all);
        this.formerByProvince = units.formerProvinces().stream().collect(Collectors.groupingBy(
                AdminUnits.FormerProvince::mergedIntoCode, Collectors.mapping(AdminUnits.FormerProvince::code,
                        Collectors.toList())));
        this.allFormer = units.formerProvinces().stream().map(AdminUnits.FormerProvince::code).sorted().toList();
    }

    /**
     * Streams {@code count} residents to {@code sink}, household by household, skipping the ID
     * numbers in {@code taken} (the demo accounts). Nothing is held in memory but the ID numbers.
     */
    public void generate(long seed, int count, Set<String> taken, LocalDate today, Consumer<Resident> sink) {
        Random random = new Random(seed);
        Set<String> ids = new HashSet<>(taken);
        int made = 0;
        int household = 0;
        while (made < count) {
            household++;
            Place place = places.get(random.nextInt(places.size()));
            String address = "Số " + (1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)]
                    + ", " + place.wardName() + ", " + place.provinceName();
            String householdId = "HK" + String.format("%010d", household);
            String family = pick(random, FAMILY, FAMILY_WEIGHT);
            String ethnicity = pick(random, ETHNICITY, ETHNICITY_WEIGHT);
            Gender headGender = random.nextInt(100) < 70 ? Gender.MALE : Gender.FEMALE;
            LocalDate headBirth = today.minusYears(25 + random.nextInt(50)).minusDays(random.nextInt(365));
            List<Resident> members = new ArrayList<>();
            String headId = id(random, ids, place, headBirth, headGender);
            boolean married = random.nextInt(100) < 75;
            String spouseId = null;
            LocalDate spouseBirth = null;
            Gender spouseGender = headGender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            if (married && made + 1 < count) {
                spouseBirth = headBirth.plusYears(random.nextInt(9) - 4).plusDays(random.nextInt(200));
                if (spouseBirth.isAfter(today.minusYears(18))) {
                    spouseBirth = today.minusYears(18);
                }
                spouseId = id(random, ids, place, spouseBirth, spouseGender);
            }
            members.add(person(headId, name(random, family, headGender), headBirth, headGender, ethnicity, place,
                    address, householdId, HouseholdRelation.HEAD, null, null, spouseId));
            if (spouseId != null) {
                String spouseFamily = pick(random, FAMILY, FAMILY_WEIGHT);
                members.add(person(spouseId, name(random, spouseFamily, spouseGender), spouseBirth, spouseGender,
                        ethnicity, place, address, householdId, HouseholdRelation.SPOUSE, null, null, headId));
            }
            String fatherId = headGender == Gender.MALE ? headId : spouseId;
            String motherId = headGender == Gender.FEMALE ? headId : spouseId;
            LocalDate youngestParent = spouseBirth != null && spouseBirth.isAfter(headBirth) ? spouseBirth : headBirth;
            int children = spouseId == null ? random.nextInt(2) : random.nextInt(4);
            for (int c = 0; c < children && made + members.size() < count; c++) {
                LocalDate birth = youngestParent.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(365));
                if (birth.isAfter(today)) {
                    break;
                }
                Gender g = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
                // children carry the head's family name (the father's, in most households)
                members.add(person(id(random, ids, place, birth, g), name(random, family, g), birth, g, ethnicity,
                        place, address, householdId, HouseholdRelation.CHILD, fatherId, motherId, null));
            }
            for (Resident r : members) {
                if (made++ < count) {
                    sink.accept(r);
                }
            }
        }
    }

    private Resident person(String id, String name, LocalDate birth, Gender gender, String ethnicity, Place place,
                            String address, String householdId, HouseholdRelation relation, String father,
                            String mother, String spouse) {
        return new Resident(id, name, birth, gender, ethnicity, "Việt Nam", id.substring(0, 3), place.wardCode(),
                address, place.wardCode(), address, householdId, relation, father, mother, spouse);
    }

    private String id(Random random, Set<String> ids, Place place, LocalDate birth, Gender gender) {
        List<String> former = formerByProvince.getOrDefault(place.provinceCode(), List.of(place.provinceCode()));
        // most people live in the province where their birth was registered
        String province = random.nextInt(100) < 85 ? former.get(random.nextInt(former.size()))
                : allFormer.get(random.nextInt(allFormer.size()));
        String id;
        do {
            id = personalIdNumber(province, birth, gender, random.nextInt(1_000_000));
        } while (!ids.add(id));
        return id;
    }

    /** {@code 0PP G YY NNNNNN}: former-province code, century and gender, year, serial. */
    public static String personalIdNumber(String formerProvinceCode, LocalDate birth, Gender gender, int serial) {
        int centuryDigit = (birth.getYear() / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        return String.format("0%s%d%02d%06d", formerProvinceCode, centuryDigit, birth.getYear() % 100, serial);
    }

    /** A plausible full name, the family name weighted as in the population. */
    static String name(Random random, Gender gender) {
        return name(random, pick(random, FAMILY, FAMILY_WEIGHT), gender);
    }

    private static String name(Random random, String family, Gender gender) {
        String[] middle = gender == Gender.MALE ? MALE_MIDDLE : FEMALE_MIDDLE;
        String[] given = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        return family + " " + middle[random.nextInt(middle.length)] + " " + given[random.nextInt(given.length)];
    }

    private static String pick(Random random, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
