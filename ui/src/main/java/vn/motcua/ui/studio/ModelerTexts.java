package vn.motcua.ui.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The words of the vendored BPMN modeler (palette, context pad, properties panel) in the page's
 * language. bpmn-js asks a {@code translate} service for every text it shows, passing its English
 * text as the key; the studio answers from {@code studio/modeler-texts_vi.json} for Vietnamese and
 * leaves English as it is. Texts missing from the table stay English rather than break.
 */
final class ModelerTexts {

    private static final String VIETNAMESE = "/studio/modeler-texts_vi.json";

    private ModelerTexts() {
    }

    /** The table for a locale, as JSON (empty for English). */
    static String forLocale(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? Vietnamese.TEXTS : "{}";
    }

    /** Read once, at the first Vietnamese editor; parsed here so a broken table fails loudly, not in a browser. */
    private static final class Vietnamese {
        static final String TEXTS = table(VIETNAMESE).toString();
    }

    static ObjectNode table(String resource) {
        try (InputStream in = ModelerTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            ObjectNode table = (ObjectNode) new ObjectMapper().readTree(in);
            table.remove("_source");
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
