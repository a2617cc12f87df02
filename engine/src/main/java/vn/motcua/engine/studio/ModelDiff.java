package vn.motcua.engine.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a model, element by element (matched by id, as Camunda's
 * migration matches them): elements added, removed, and for each element present in both, every
 * property whose value differs — its attributes and what it carries inside (conditions, timers,
 * listeners, multi-instance settings). The diagram's shapes and positions are not properties: a
 * moved box is not a change to the procedure.
 */
public final class ModelDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change: the element, which property (null when added or removed), before and after. */
    public record Change(String elementId, String elementName, String elementType, Kind kind, String property,
                         String before, String after) {
    }

    private ModelDiff() {
    }

    public static List<Change> between(String beforeXml, String afterXml) {
        BpmnModelInstance before = ModelFiles.readBpmn(beforeXml);
        BpmnModelInstance after = ModelFiles.readBpmn(afterXml);
        Map<String, BaseElement> old = elements(before);
        Map<String, BaseElement> now = elements(after);
        Map<String, Element> oldXml = ModelFiles.elementsById(beforeXml);
        Map<String, Element> nowXml = ModelFiles.elementsById(afterXml);
        List<Change> changes = new ArrayList<>();
        for (var entry : now.entrySet()) {
            BaseElement was = old.get(entry.getKey());
            BaseElement is = entry.getValue();
            if (was == null) {
                changes.add(new Change(is.getId(), name(is), type(is), Kind.ADDED, null, null, null));
                continue;
            }
            Map<String, String> a = properties(oldXml.get(was.getId()));
            Map<String, String> b = properties(nowXml.get(is.getId()));
            for (String property : new TreeSet<>(union(a, b))) {
                if (!Objects.equals(a.get(property), b.get(property))) {
                    changes.add(new Change(is.getId(), name(is), type(is), Kind.CHANGED, property, a.get(property), b.get(property)));
                }
            }
        }
        for (var entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                BaseElement was = entry.getValue();
                changes.add(new Change(was.getId(), name(was), type(was), Kind.REMOVED, null, null, null));
            }
        }
        return changes;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static Map<String, BaseElement> elements(BpmnModelInstance model) {
        Map<String, BaseElement> byId = new LinkedHashMap<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if ((element instanceof FlowElement || element instanceof Process) && element.getId() != null) {
                byId.put(element.getId(), element);
            }
        }
        return byId;
    }

    /** The element's attributes, and the text and attributes of what it holds that is not a flow element. */
    private static Map<String, String> properties(Element element) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (element != null) {
            collect(element, "", properties, true);
        }
        return properties;
    }

    private static void collect(Element element, String path, Map<String, String> into, boolean top) {
        if (!top && isNested(element)) {
            return;
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (attribute.getNodeName().startsWith("xmlns")) {
                continue;
            }
            into.merge(path + name, attribute.getNodeValue(), (x, y) -> x + " | " + y);
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                // incoming/outgoing references repeat the flows, which are compared themselves
                if (!"incoming".equals(nested.getLocalName()) && !"outgoing".equals(nested.getLocalName())) {
                    collect(nested, path + nested.getLocalName() + ".", into, false);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().strip());
            }
        }
        if (!text.isEmpty()) {
            into.merge(path.isEmpty() ? "text" : path.substring(0, path.length() - 1), text.toString(), (x, y) -> x + " | " + y);
        }
    }

    /** Flow elements inside a sub-process are compared on their own. */
    private static boolean isNested(Element element) {
        String name = element.getLocalName();
        return element.hasAttribute("id") && name != null && (name.endsWith("Task") || name.endsWith("Event")
                || name.endsWith("Gateway") || name.equals("sequenceFlow") || name.equals("subProcess")
                || name.equals("callActivity") || name.equals("dataObjectReference") || name.equals("dataObject"));
    }

    private static String name(BaseElement element) {
        return element instanceof FlowElement flow ? flow.getName() : element instanceof Process p ? p.getName() : null;
    }

    private static String type(BaseElement element) {
        return element.getElementType().getTypeName();
    }
}
