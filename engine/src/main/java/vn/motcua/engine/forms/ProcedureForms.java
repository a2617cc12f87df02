package vn.motcua.engine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.workflows.adminunits.AdminUnits;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.workflows.catalogue.CatalogueEntry;

/**
 * The form of each procedure, as form-js JSON: a hand-written file ({@code forms/<code>.form}) for
 * the flagships, otherwise generated from the catalogue ({@link CatalogueForm}): the request, the
 * case the dossier is filed under, and that case's documents.
 */
@Service
public class ProcedureForms {

    private final ProcedureCatalogue catalogue;
    private final ObjectMapper json = new ObjectMapper();
    private final CatalogueForm generated = new CatalogueForm(json);
    /** Hand-written declarations of procedures whose model is generated (the flagships have both). */
    static final List<String> DECLARED = List.of("1.004194", "1.003677", "1.000656", "1.004873", "1.001022", "2.000748",
            "3.000333", "1.001247", "1.012543", "1.012575", "1.013079", "3.000347", "3.000348", "1.013225", "1.001612");
    private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();
    /**
     * The procedures with a hand-written form file, listed once: asking the class path for a file
     * that is not there searches every jar on it, and the other 1,064 procedures have none.
     */
    private final Set<String> handWritten = handWrittenCodes();
    /** Bump when the generated form's shape changes: the deployed forms are then replaced. */
    private static final String GENERATOR_VERSION = "forms-3";

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

    /**
     * Whether citizens may file this procedure online: the catalogue lists an online channel, or
     * MotCua ships a declared online form for it (the Project 06 flagships filed through VNeID whose
     * catalogue record still lists the counter only — the linked birth/residence/insurance procedure,
     * the identity card with its biometrics taken at the office afterwards). The others are filed at
     * the one-stop counter or by post.
     */
    public boolean offeredOnline(CatalogueEntry entry) {
        return entry.channels().stream().anyMatch(c -> c.kind() == vn.motcua.workflows.catalogue.ChannelKind.ONLINE)
                || declaredForms.computeIfAbsent(entry.code(),
                        code -> ProcedureForms.class.getResource("/forms/" + code + ".form") != null);
    }

    private final Map<String, Boolean> declaredForms = new ConcurrentHashMap<>();

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

    /** The form MotCua ships for the procedure (hand-written declaration or generated), whatever the studio published. */
    public String shippedFormJson(String code) {
        return handWritten(code).orElseGet(() -> generated.json(
                catalogue.find(code).orElseThrow(() -> new IllegalArgumentException("No procedure " + code))));
    }

    /** The same, for a caller that holds the entry already (the deployment of all models). */
    public String shippedFormJson(CatalogueEntry entry) {
        return handWritten(entry.code()).orElseGet(() -> generated.json(entry));
    }

    private Optional<String> handWritten(String code) {
        if (!handWritten.contains(code)) {
            return Optional.empty();
        }
        try (InputStream in = ProcedureForms.class.getResourceAsStream("/forms/" + code + ".form")) {
            return in == null ? Optional.empty()
                    : Optional.of(withListedOptions(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of " + code, e);
        }
    }

    /** The codes of the form files shipped in {@code forms/} on the class path. */
    static Set<String> handWrittenCodes() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(ProcedureForms.class.getClassLoader())
                    .getResources("classpath*:forms/*.form");
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped forms", e);
        }
    }

    /**
     * A select whose options are a reference list ({@code "properties": {"options": "wards"}})
     * gets them from the shipped data: the 3,321 wards and communes after the 2025 reform, each
     * labelled with its province. A ward that no longer exists is then refused like any value
     * the form does not offer.
     */
    private String withListedOptions(String formJson) throws IOException {
        if (!formJson.contains("\"options\"")) {
            return formJson;
        }
        ObjectNode root = (ObjectNode) json.readTree(formJson);
        for (JsonNode component : root.path("components")) {
            if ("wards".equals(component.path("properties").path("options").asText(null))) {
                ArrayNode values = ((ObjectNode) component).putArray("values");
                for (AdminUnits.Province province : ShippedAdminUnits.read().provinces()) {
                    for (AdminUnits.Ward ward : province.wards()) {
                        values.addObject().put("value", ward.code())
                                .put("label", ShippedAdminUnits.wardWithProvince(ward.code()).orElseThrow());
                    }
                }
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** What decides the forms' content besides the catalogue: the generator and the hand-written files. */
    public String version() {
        StringBuilder files = new StringBuilder(GENERATOR_VERSION);
        for (String code : java.util.stream.Stream.concat(vn.motcua.workflows.flagship.ProcedureModels.FLAGSHIPS.stream(),
                DECLARED.stream()).toList()) {
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
