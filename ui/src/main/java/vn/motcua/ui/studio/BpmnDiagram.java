package vn.motcua.ui.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.Map;

/** A read-only BPMN diagram (bpmn-js navigated viewer: zoom, pan) with figures and diff colours. */
@JavaScript("context://vendor/camunda-bpmn-js/5.35.0/camunda-platform-navigated-viewer.production.min.js")
@JavaScript("context://studio/motcua-studio.js")
@StyleSheet("context://vendor/camunda-bpmn-js/5.35.0/assets/camunda-platform-navigated-viewer.css")
@StyleSheet("context://studio/motcua-studio.css")
class BpmnDiagram extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    BpmnDiagram(String id, String label) {
        setId(id);
        addClassName("motcua-diagram");
        // a region, not an image: the diagram holds focusable parts (zoom, the bpmn.io link)
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
    }

    /** Draws the model; {@code waiting} and {@code average} are overlays per element id. */
    void show(String xml, Map<String, Long> waiting, Map<String, String> average) {
        getElement().removeAttribute("data-rendered");
        ObjectNode figures = JSON.createObjectNode();
        ObjectNode w = figures.putObject("waiting");
        waiting.forEach((id, n) -> w.put(id, n));
        ObjectNode a = figures.putObject("average");
        average.forEach(a::put);
        getElement().executeJs("MotcuaStudio.viewer(this, $0, JSON.parse($1))", xml, figures.toString());
    }

    void colour(Collection<String> added, Collection<String> changed, Collection<String> removed) {
        ObjectNode diff = JSON.createObjectNode();
        added.forEach(diff.putArray("added")::add);
        changed.forEach(diff.putArray("changed")::add);
        removed.forEach(diff.putArray("removed")::add);
        getElement().executeJs("const el = this; const diff = JSON.parse($0);"
                + "const wait = () => el.motcuaViewer && el.getAttribute('data-rendered') ? MotcuaStudio.colour(el, diff)"
                + " || el.setAttribute('data-coloured', 'true') : setTimeout(wait, 50); wait();", diff.toString());
    }
}
