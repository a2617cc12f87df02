package vn.motcua.engine.document;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.workflows.adminunits.AdminUnits;

/**
 * How a unit signs its documents: its name under its parent agency as the header prints them, the
 * signer's position, and the abbreviation in the document number. Derived from the unit code
 * ({@code ubnd-xa-00004}, {@code ca-tinh-01}, {@code bhxh-tinh-01}, {@code cq-...}).
 */
record IssuingAgency(String parent, String name, String abbreviation, String authority, String position,
                     String place) {

    private static final AdminUnits UNITS = ShippedAdminUnits.read();
    private static final Map<String, AdminUnits.Province> PROVINCES = UNITS.provinces().stream()
            .collect(Collectors.toMap(AdminUnits.Province::code, p -> p));
    private static final Map<String, String[]> WARDS = UNITS.provinces().stream()
            .flatMap(p -> p.wards().stream().map(w -> new String[] {w.code(), w.fullName(), w.name(), p.code()}))
            .collect(Collectors.toMap(w -> w[0], w -> w));

    static IssuingAgency of(String unitCode, String fallbackName) {
        String[] parts = unitCode.split("-", 3);
        if (parts.length == 3 && (parts[1].equals("xa") || parts[1].equals("tinh"))) {
            boolean ward = parts[1].equals("xa");
            String[] w = ward ? WARDS.get(parts[2]) : null;
            AdminUnits.Province province = PROVINCES.get(ward && w != null ? w[3] : parts[2]);
            if (province != null && (!ward || w != null)) {
                String local = ward ? w[1] : province.fullName();
                String place = ward ? w[2] : province.name();
                return switch (parts[0]) {
                    case "ca" -> new IssuingAgency(ward ? "Công an " + province.fullName() : "Bộ Công an",
                            "Công an " + local, "CA", null, ward ? "TRƯỞNG CÔNG AN" : "GIÁM ĐỐC", place);
                    case "bhxh" -> new IssuingAgency("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội " + local, "BHXH",
                            null, "GIÁM ĐỐC", place);
                    default -> new IssuingAgency(ward ? "Ủy ban nhân dân " + province.fullName() : null,
                            "Ủy ban nhân dân " + local, "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", place);
                };
            }
        }
        String name = fallbackName == null || fallbackName.isBlank() ? unitCode : fallbackName;
        return new IssuingAgency(null, name, "CQ", null, "THỦ TRƯỞNG CƠ QUAN", "Hà Nội");
    }

    String upperName() {
        return name.toUpperCase(new Locale("vi"));
    }
}
