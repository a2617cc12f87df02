package vn.motcua.engine.workflow;

import vn.motcua.engine.catalogue.VietnameseText;

/**
 * The kinds of local agency a one-stop dossier lands at, with the prefix of their unit codes. The
 * catalogue names agencies in free text ("Công an cấp Xã", "Cục quản lý xuất nhập cảnh",
 * "Bảo hiểm xã hội Việt Nam"); everything else at commune and province level is handled through
 * the People's Committee's one-stop desk.
 */
public enum AgencyKind {
    /** Công an: residence, identity, passports (xuất nhập cảnh). */
    POLICE("ca"),
    /** Bảo hiểm xã hội: health-insurance cards. */
    SOCIAL_INSURANCE("bhxh"),
    /** Ủy ban nhân dân and its specialised offices. */
    PEOPLES_COMMITTEE("ubnd");

    private final String prefix;

    AgencyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Recognises the kind from the competent and implementing agencies' names. */
    public static AgencyKind of(String... agencyNames) {
        StringBuilder folded = new StringBuilder();
        for (String name : agencyNames) {
            folded.append(' ').append(VietnameseText.fold(name));
        }
        String text = folded.toString();
        if (text.contains("cong an") || text.contains("xuat nhap canh")) {
            return POLICE;
        }
        if (text.contains("bao hiem xa hoi")) {
            return SOCIAL_INSURANCE;
        }
        return PEOPLES_COMMITTEE;
    }

    /** The unit of this agency at a ward: {@code ca-xa-00004}. */
    public String wardUnit(String wardCode) {
        return prefix + "-xa-" + wardCode;
    }

    /** The unit of this agency at a province: {@code ca-tinh-01}. */
    public String provinceUnit(String provinceCode) {
        return prefix + "-tinh-" + provinceCode;
    }
}
