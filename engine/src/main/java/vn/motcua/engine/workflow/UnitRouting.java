package vn.motcua.engine.workflow;

import java.util.List;
import vn.motcua.engine.catalogue.VietnameseText;
import vn.motcua.workflows.catalogue.Level;

/**
 * Which unit handles a dossier: the applicant's ward for commune-level procedures, their province
 * for province-level ones, the competent agency otherwise. Unit codes name candidate groups
 * ({@code unit:<unit>:<step>}): {@code xa-<ward code>}, {@code tinh-<province code>},
 * {@code cq-<agency in folded words>}.
 */
final class UnitRouting {

    private UnitRouting() {
    }

    static String unitFor(List<Level> levels, String agency, String wardCode, String provinceCode) {
        if (levels.contains(Level.COMMUNE) && wardCode != null) {
            return "xa-" + wardCode;
        }
        if (levels.contains(Level.PROVINCE) && provinceCode != null) {
            return "tinh-" + provinceCode;
        }
        return agencyCode(agency == null ? "chua-xac-dinh" : agency);
    }

    static String agencyCode(String agency) {
        return "cq-" + String.join("-", VietnameseText.words(agency)).replace('.', '-');
    }
}
