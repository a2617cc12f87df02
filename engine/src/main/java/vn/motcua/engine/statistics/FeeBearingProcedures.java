package vn.motcua.engine.statistics;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * The procedures with a fee online (phí, lệ phí): the denominator of the online-payment share.
 * Read once from the catalogue, which is loaded at start-up.
 */
@Component
class FeeBearingProcedures {

    private final ProcedureCatalogue catalogue;
    private volatile Set<String> codes;

    FeeBearingProcedures(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    boolean contains(String procedureCode) {
        Set<String> known = codes;
        if (known == null) {
            known = codes = catalogue.allEntries().stream().filter(e -> e.channels().stream()
                            .anyMatch(c -> c.kind() == ChannelKind.ONLINE && c.feeVnd() != null && c.feeVnd() > 0))
                    .map(CatalogueEntry::code).collect(Collectors.toUnmodifiableSet());
        }
        return known.contains(procedureCode);
    }
}
