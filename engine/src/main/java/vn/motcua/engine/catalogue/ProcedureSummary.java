package vn.motcua.engine.catalogue;

import java.math.BigDecimal;
import java.util.List;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;
import vn.motcua.workflows.catalogue.TimeUnit;

/**
 * What a result list shows of a procedure. Deadline and fee are those of the online channel when
 * there is one (what a portal user will use), otherwise of the first channel; {@code paid} is true
 * when any channel charges a fee.
 */
public record ProcedureSummary(
        String code,
        String title,
        String sector,
        List<Level> levels,
        String competentAgency,
        String implementingAgency,
        OnlineLevel onlineLevel,
        BigDecimal deadlineAmount,
        TimeUnit deadlineUnit,
        Long feeVnd,
        boolean paid) {

    /** The agency that decides, or the one that carries it out when the portal names no other. */
    public String agency() {
        return competentAgency != null ? competentAgency : implementingAgency;
    }
}
