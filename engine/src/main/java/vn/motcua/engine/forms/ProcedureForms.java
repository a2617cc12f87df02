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
    /** Bump when the generated form's shape changes: the deployed forms are then replaced. */
    private static final String GENERATOR_VERSION = "forms-2";

    private final vn.motcua.engine.models.PublishedModels published;
    private final org.camunda.bpm.engine.RepositoryService repository;

    ProcedureForms(ProcedureCatalogue catalogue, vn.motcua.engine.models.PublishedModels published,
                   org.camunda.bpm.engine.RepositoryService repository) {
        this.catalogue = catalogue;
        this.published = published;
        this.repository = repository;
    }

    /**
     * How long this node trusts its list of published versions. Another node of a cluster may
     * publish: forms are cached by procedure and version, so a new version's form is used here at
     * most this long after it was published elsewhere (at once on the node that published it).
     */
    static final java.time.Duration VERSIONS_CHECKED_EVERY = java.time.Duration.ofSeconds(5);
    private volatile Map<String, Integer> versions;
    private volatile long versionsReadAt;

    /** A new version published on this node: its form is used as soon as the publication committed. */
    @org.springframework.transaction.event.TransactionalEventListener
    void modelPublished(vn.motcua.engine.models.ModelPublished event) {
        versions = null;
    }

    private int publishedVersion(String code) {
        Map<String, Integer> known = versions;
        long now = System.nanoTime();
        if (known == null || now - versionsReadAt > VERSIONS_CHECKED_EVERY.toNanos()) {
            known = published.latestVersions();
            versions = known;
            versionsReadAt = now;
        }
        return known.getOrDefault(code, 0);
    }

    public FormSchema formOf(String code) {
        return cache.computeIfAbsent(code + "@" + publishedVersion(code), key -> {
            String c = key.substring(0, key.indexOf('@'));
            try {
                return FormSchema.read(new java.io.ByteArrayInputStream(formJson(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the form of " + c, e);
            }
        });
    }

    /**
     * The form as Camunda Forms JSON: the one published from the policy studio with the live model,
     * else the hand-written file of a flagship, else generated from the catalogue.
     */
    public String formJson(String code) {
        var edited = published.latest(code);
        if (edited.isPresent()) {
            try (InputStream in = repository.getResourceAsStream(edited.get().deploymentId(),
                    vn.motcua.workflows.onestop.OneStopModel.formResource(code))) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the published form of " + code, e);
            }
        }
        return shippedFormJson(code);
    }

    /** The form MotCua ships for the procedure (flagship file or generated), whatever the studio published. */
    public String shippedFormJson(String code) {
        try (InputStream in = ProcedureForms.class.getResourceAsStream("/forms/" + code + ".form")) {
            if (in != null) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of " + code, e);
        }
        CatalogueEntry entry = catalogue.find(code).orElseThrow(() -> new IllegalArgumentException("No procedure " + code));
        ObjectNode root = json.createObjectNode().put("id", vn.motcua.workflows.onestop.OneStopModel.formId(code))
                .put("type", "default");
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
        // where the notifications go by e-mail too (the portal always shows them)
        components.addObject().put("type", "textfield").put("key", "email")
                .put("label", "Thư điện tử nhận thông báo (không bắt buộc)")
                .putObject("validate").put("validationType", "email");
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A generated form is not serialisable", e);
        }
    }

    /** What decides the forms' content besides the catalogue: the generator and the hand-written files. */
    public String version() {
        StringBuilder files = new StringBuilder(GENERATOR_VERSION);
        for (String code : vn.motcua.workflows.flagship.ProcedureModels.FLAGSHIPS) {
            try (InputStream in = ProcedureForms.class.getResourceAsStream("/forms/" + code + ".form")) {
                if (in != null) {
                    files.append(':').append(vn.motcua.engine.Sha256.hex(in.readAllBytes()), 0, 12);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the form of " + code, e);
            }
        }
        return files.toString();
    }
}
