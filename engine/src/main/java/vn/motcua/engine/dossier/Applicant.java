package vn.motcua.engine.dossier;

import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.registry.Resident;

/** Who files: the citizen as VNeID identified them, and where they live (routing). */
public record Applicant(String idNumber, String fullName, String wardCode, String provinceCode) {

    /** The applicant as the residents database knows them: name and permanent residence (ward, province). */
    public static Applicant of(Resident resident) {
        return new Applicant(resident.idNumber(), resident.fullName(), resident.permanentWardCode(),
                ShippedAdminUnits.provinceOfWard(resident.permanentWardCode()).orElse(null));
    }
}
