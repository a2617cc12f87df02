package vn.motcua.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.motcua.engine.Messages;

/**
 * Reads the files policy staff upload or save (BPMN XML, form-js JSON) before anything else sees
 * them. A BPMN model never needs a DOCTYPE, so any document type declaration is refused outright:
 * that closes external entities (XXE) and entity expansion ("billion laughs") whatever parser comes
 * after. Sizes are bounded: the largest flagship is about 40 KB.
 */
final class ModelFiles {

    static final int MAX_BPMN_CHARS = 2_000_000;
    static final int MAX_FORM_CHARS = 500_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFiles() {
    }

    /** The model, or a field error on {@code bpmn} saying why it cannot be one. */
    static BpmnModelInstance readBpmn(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.bpmn.empty"));
        }
        if (xml.length() > MAX_BPMN_CHARS) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.bpmn.tooLarge"));
        }
        requireNoDoctype(xml);
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.bpmn.malformed", firstLine(e)));
        }
    }

    /** The form's JSON tree, or a field error on {@code form}. */
    static JsonNode readForm(String json) {
        if (json == null || json.isBlank()) {
            throw new StudioRefusedException("form", Messages.text("studio.form.empty"));
        }
        if (json.length() > MAX_FORM_CHARS) {
            throw new StudioRefusedException("form", Messages.text("studio.form.tooLarge"));
        }
        try {
            JsonNode form = JSON.readTree(json);
            if (form == null || !form.path("components").isArray()) {
                throw new StudioRefusedException("form", Messages.text("studio.form.noComponents"));
            }
            return form;
        } catch (IOException e) {
            throw new StudioRefusedException("form", Messages.text("studio.form.malformed", firstLine(e)));
        }
    }

    /** The model's XML elements by their id (BPMN elements, not diagram shapes): what diff and validation read. */
    static java.util.Map<String, org.w3c.dom.Element> elementsById(String xml) {
        java.util.Map<String, org.w3c.dom.Element> byId = new java.util.HashMap<>();
        collectIds(requireNoDoctype(xml).getDocumentElement(), byId);
        return byId;
    }

    private static void collectIds(org.w3c.dom.Element element, java.util.Map<String, org.w3c.dom.Element> byId) {
        if (element.hasAttribute("id") && !"http://www.omg.org/spec/BPMN/20100524/DI".equals(element.getNamespaceURI())) {
            byId.putIfAbsent(element.getAttribute("id"), element);
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element nested) {
                collectIds(nested, byId);
            }
        }
    }

    private static org.w3c.dom.Document requireNoDoctype(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.bpmn.malformed", firstLine(e)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
