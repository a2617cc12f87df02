package vn.motcua.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * The form of each procedure, as form-js JSON: a hand-written file ({@code forms/<code>.form}) for
 * the flagships, otherwise generated from the catalogue: a request text and one upload per
 * document the procedure lists (the reception officer judges which apply, so none is required).
 */
@Service
public class ProcedureForms {

    private static final int MAX_LABEL = 160;
    private final ProcedureCatalogue catalogue;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

    ProcedureForms(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public FormSchema formOf(String code) {
        return cache.computeIfAbsent(code, this::load);
    }

    private FormSchema load(String code) {
        try (InputStream in = ProcedureForms.class.getResourceAsStream("/forms/" + code + ".form")) {
            if (in != null) {
                return FormSchema.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of " + code, e);
        }
        CatalogueEntry entry = catalogue.find(code).orElseThrow(() -> new IllegalArgumentException("No procedure " + code));
        ObjectNode root = json.createObjectNode().put("id", "tthc_" + code.replace('.', '_') + "_form").put("type", "default");
        ArrayNode components = root.putArray("components");
        components.addObject().put("type", "textarea").put("key", "noiDungDeNghi").put("label", "Nội dung đề nghị")
                .putObject("validate").put("maxLength", 2000);
        int n = 0;
        for (CatalogueEntry.RequiredDocument document : entry.documents()) {
            if (document.originals() + document.copies() == 0) {
                continue;
            }
            String label = document.title().replaceAll("\\s+", " ").replaceFirst("^[-+*•\\s]+", "");
            components.addObject().put("type", "filepicker").put("key", "giayTo" + (++n))
                    .put("label", label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…")
                    .put("multiple", true);
        }
        components.addObject().put("type", "textfield").put("key", "soDienThoai").put("label", "Số điện thoại liên hệ")
                .putObject("validate").put("required", true).put("validationType", "phone");
        return FormSchema.of(root);
    }
}
