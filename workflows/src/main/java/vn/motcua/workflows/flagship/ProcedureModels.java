package vn.motcua.workflows.flagship;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.onestop.OneStopBpmnGenerator;

/**
 * The model a procedure runs: its hand-modelled flagship file ({@code bpmn/flagship/<code>.bpmn}
 * on the classpath) when it has one, otherwise the generated one-stop model.
 */
public final class ProcedureModels {

    public static final List<String> FLAGSHIPS = List.of(FlagshipModel.LINKED_BIRTH_RESIDENCE_INSURANCE,
            FlagshipModel.BIRTH_REGISTRATION, FlagshipModel.PERMANENT_RESIDENCE,
            FlagshipModel.MARRIAGE_REGISTRATION, FlagshipModel.ORDINARY_PASSPORT);

    private static final Map<String, String> FLAGSHIP_XML = load();
    private static final String VERSION = OneStopBpmnGenerator.VERSION + "+flagships-" + digest(FLAGSHIP_XML);

    private ProcedureModels() {
    }

    public static String xml(CatalogueEntry entry) {
        String flagship = FLAGSHIP_XML.get(entry.code());
        return flagship != null ? flagship : OneStopBpmnGenerator.generateXml(entry);
    }

    public static boolean isFlagship(String code) {
        return FLAGSHIP_XML.containsKey(code);
    }

    /** Changes whenever the generator or a flagship file changes: part of the deployment's version key. */
    public static String version() {
        return VERSION;
    }

    private static Map<String, String> load() {
        Map<String, String> models = new TreeMap<>();
        for (String code : FLAGSHIPS) {
            String resource = "/bpmn/flagship/" + code + ".bpmn";
            try (InputStream in = ProcedureModels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Flagship model missing from the classpath: " + resource);
                }
                models.put(code, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(models);
    }

    private static String digest(Map<String, String> models) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(models).forEach((code, xml) -> {
                sha.update(code.getBytes(StandardCharsets.UTF_8));
                sha.update(xml.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
