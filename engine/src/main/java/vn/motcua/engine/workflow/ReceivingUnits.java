package vn.motcua.engine.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * The unit a new dossier goes to: the competent unit {@link UnitRouting} names, unless nobody there
 * can take it — no active reception, specialist and leader staff — in which case the province's
 * configured fallback unit ({@code motcua.routing.fallback-unit}, by default the province's public
 * service centre {@code ttpvhcc-tinh-<province>}) receives it, so no dossier waits unseen while its
 * statutory clock runs. When the fallback is unstaffed as well the competent unit keeps it, and the
 * staff administration page lists that unit among those with open work and no staff.
 */
@Component
public class ReceivingUnits {

    private static final Logger log = LoggerFactory.getLogger(ReceivingUnits.class);
    static final String PROVINCE_PLACEHOLDER = "{province}";

    private final StaffDirectory staff;
    private final String fallbackPattern;

    ReceivingUnits(StaffDirectory staff,
                   @Value("${motcua.routing.fallback-unit:ttpvhcc-tinh-" + PROVINCE_PLACEHOLDER + "}") String fallbackPattern) {
        this.staff = staff;
        this.fallbackPattern = fallbackPattern;
    }

    public String unitFor(CatalogueEntry entry, String wardCode, String provinceCode) {
        String competent = UnitRouting.unitFor(entry, wardCode, provinceCode);
        if (provinceCode == null || fallbackPattern.isBlank() || staff.staffsOneStop(competent)) {
            return competent;
        }
        String fallback = fallbackPattern.replace(PROVINCE_PLACEHOLDER, provinceCode);
        if (!fallback.equals(competent) && staff.staffsOneStop(fallback)) {
            log.info("Procedure {}: {} has no active reception, specialist and leader staff; routed to {}", entry.code(),
                    competent, fallback);
            return fallback;
        }
        log.warn("Procedure {}: neither {} nor its fallback {} has active reception, specialist and leader staff;"
                + " the dossier waits at {} (listed on the staff administration page)", entry.code(), competent, fallback, competent);
        return competent;
    }
}
