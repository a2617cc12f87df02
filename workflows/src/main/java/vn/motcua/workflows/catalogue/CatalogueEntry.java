package vn.motcua.workflows.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One administrative procedure as structured facts, the unit of {@code catalogue.json}. Field names
 * are the JSON names.
 */
public record CatalogueEntry(
        String code,
        String title,
        String sector,
        List<Level> levels,
        String competentAgency,
        String implementingAgency,
        List<String> coordinatingAgencies,
        List<String> subjects,
        List<Channel> channels,
        OnlineLevel onlineLevel,
        List<RequiredDocument> documents,
        List<LegalReference> legalBasis,
        List<ProcedureResult> results) {

    /** One way of submitting, with its own statutory time and fee. */
    public record Channel(ChannelKind kind, ProcessingTime processingTime, Long feeVnd, String feeText) {
    }

    /** A statutory processing time; {@code amount} may be fractional ("0,5 ngày"). */
    public record ProcessingTime(BigDecimal amount, TimeUnit unit) {
    }

    /**
     * A required document; {@code group} is the case heading it belongs to ("Trường hợp …") or null,
     * {@code form} the name(s) of the template file(s) the portal offers, if any ("; " between two),
     * {@code need} whether the applicant must provide it ({@code null} in catalogues imported before
     * it was read: then {@link DocumentNeed#REQUIRED}).
     */
    public record RequiredDocument(String title, String form, int originals, int copies, String group, DocumentNeed need) {

        public RequiredDocument(String title, String form, int originals, int copies, String group) {
            this(title, form, originals, copies, group, DocumentNeed.of(title));
        }

        public DocumentNeed need() {
            return need == null ? DocumentNeed.REQUIRED : need;
        }
    }

    /** A legal document the procedure rests on, e.g. {@code 94/2025/NĐ-CP}. */
    public record LegalReference(String number, String title) {
    }

    /** A result the procedure issues, with its national code, e.g. {@code KQ.G01.000064}. */
    public record ProcedureResult(String code, String title) {
    }
}
