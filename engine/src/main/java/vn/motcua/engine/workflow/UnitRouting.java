package vn.motcua.engine.workflow;

import vn.motcua.engine.catalogue.VietnameseText;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.Level;

/**
 * Which unit handles a dossier: the competent agency's unit at the applicant's ward for
 * commune-level procedures, at their province for province-level ones, the ministry-level agency
 * otherwise. Unit codes name candidate groups ({@code unit:<unit>:<step>}) and the staff
 * directory's units: {@code ca-xa-<ward>}, {@code ubnd-tinh-<province>}, {@code cq-<agency words>}.
 */
public final class UnitRouting {

    private UnitRouting() {
    }

    public static String unitFor(CatalogueEntry entry, String wardCode, String provinceCode) {
        AgencyKind kind = AgencyKind.of(entry.competentAgency(), entry.implementingAgency());
        if (entry.levels().contains(Level.COMMUNE) && wardCode != null) {
            return kind.wardUnit(wardCode);
        }
        if (entry.levels().contains(Level.PROVINCE) && provinceCode != null) {
            return kind.provinceUnit(provinceCode);
        }
        String agency = entry.competentAgency() != null ? entry.competentAgency() : entry.implementingAgency();
        return agencyCode(agency == null ? "chua-xac-dinh" : agency);
    }

    static String agencyCode(String agency) {
        return "cq-" + String.join("-", VietnameseText.words(agency)).replace('.', '-');
    }
}
