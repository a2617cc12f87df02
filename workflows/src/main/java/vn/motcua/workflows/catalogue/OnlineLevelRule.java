package vn.motcua.workflows.catalogue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcedureResult;

/**
 * Decree 42/2022/NĐ-CP: a service is "toàn trình" (FULL) when everything from submission to result
 * happens online, "một phần" (PARTIAL) when the citizen files online but must still appear in
 * person for some step. The portal's data says which channels exist but not which steps need
 * presence, so MotCua decides from what it does say:
 * <ul>
 *   <li>no ONLINE channel: no online service at all (null);</li>
 *   <li>an ONLINE channel, and a result that is a physical object the citizen must collect (a card,
 *       a passport, a number plate, a booklet, a stamp): PARTIAL;</li>
 *   <li>otherwise FULL: the results are documents, which MotCua issues as signed PDFs.</li>
 * </ul>
 */
final class OnlineLevelRule {

    /** Result titles (without diacritics, lower case) that name something handed over physically. */
    private static final List<String> PHYSICAL_RESULTS = List.of(
            "the ", "ho chieu", "bien so", "so ho khau", "so bao hiem", "tem ", "phu hieu", "bang lai",
            "giay phep lai xe", "chung minh nhan dan", "can cuoc");

    private OnlineLevelRule() {
    }

    static OnlineLevel apply(List<Channel> channels, List<ProcedureResult> results) {
        boolean online = channels.stream().anyMatch(c -> c.kind() == ChannelKind.ONLINE);
        if (!online) {
            return null;
        }
        boolean physical = results.stream()
                .map(r -> r.title() == null ? "" : fold(r.title()))
                .anyMatch(title -> PHYSICAL_RESULTS.stream().anyMatch(title::startsWith));
        return physical ? OnlineLevel.PARTIAL : OnlineLevel.FULL;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
