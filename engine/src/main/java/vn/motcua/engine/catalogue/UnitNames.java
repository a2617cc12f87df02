package vn.motcua.engine.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.workflows.adminunits.AdminUnits;

/**
 * The names of provinces and of the local receiving units routing chooses ({@code ca-xa-00004} is
 * "Công an Phường Ba Đình", {@code ubnd-tinh-48} "Ủy ban nhân dân Thành phố Đà Nẵng", the routing's
 * fallback {@code ttpvhcc-tinh-48} "Trung tâm Phục vụ hành chính công Thành phố Đà Nẵng"), from the
 * shipped 2025 administrative units, read once.
 */
@Component
public class UnitNames {

    private static final Pattern LOCAL_UNIT = Pattern.compile("(ubnd|ca|bhxh|ttpvhcc)-(xa|tinh)-(\\d{2,5})");

    private final Map<String, AdminUnits.Province> provinces;
    private final Map<String, String> wardNames;

    public UnitNames() {
        AdminUnits units = ShippedAdminUnits.read();
        this.provinces = units.provinces().stream().collect(Collectors.toMap(AdminUnits.Province::code, p -> p));
        this.wardNames = units.provinces().stream().flatMap(p -> p.wards().stream())
                .collect(Collectors.toMap(AdminUnits.Ward::code, AdminUnits.Ward::fullName));
    }

    public boolean isProvince(String code) {
        return provinces.containsKey(code);
    }

    /** Whether the code names a local unit (ward or province level) of an existing ward or province. */
    public boolean isLocalUnit(String code) {
        Matcher local = LOCAL_UNIT.matcher(code);
        if (!local.matches()) {
            return false;
        }
        boolean ward = local.group(2).equals("xa");
        // a public-service centre serves a whole province
        return ward ? !local.group(1).equals("ttpvhcc") && wardNames.containsKey(local.group(3))
                : provinces.containsKey(local.group(3));
    }

    /** A province's short name, or a local unit's full name; empty for any other code. */
    public Optional<String> nameOf(String code) {
        AdminUnits.Province province = provinces.get(code);
        if (province != null) {
            return Optional.of(province.name());
        }
        if (!isLocalUnit(code)) {
            return Optional.empty();
        }
        Matcher local = LOCAL_UNIT.matcher(code);
        local.matches();
        String agency = switch (local.group(1)) {
            case "ca" -> "Công an ";
            case "bhxh" -> "Bảo hiểm xã hội ";
            case "ttpvhcc" -> "Trung tâm Phục vụ hành chính công ";
            default -> "Ủy ban nhân dân ";
        };
        String place = local.group(2).equals("xa") ? wardNames.get(local.group(3)) : provinces.get(local.group(3)).fullName();
        return Optional.of(agency + place);
    }
}
