package vn.motcua.engine.studio;

import static vn.motcua.engine.studio.Finding.Rule.VARIABLE_UNKNOWN;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.ListableBeanFactory;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.forms.schema.ProcessVariable;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The expressions of a model (conditions, timers, groups, listeners, multi-instance settings):
 * every name they read must be a variable MotCua sets, one the form supplies, or a bean — a typo
 * or a field removed from the form is found before publishing, not when a dossier gets there.
 */
final class ModelExpressions {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
    /** JUEL's own words and what Camunda puts in every expression's scope. */
    private static final Set<String> BUILT_IN = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "loopCounter", "nrOfInstances",
            "nrOfActiveInstances", "nrOfCompletedInstances", "authenticatedUserId", "dateTime", "now");
    private static final Set<String> PROCESS_VARIABLES = processVariables();

    private final ListableBeanFactory beans;

    ModelExpressions(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** Every name an expression reads is a variable MotCua sets, the form supplies, or a bean. */
    void check(BpmnModelInstance model, Map<String, org.w3c.dom.Element> dom, FormSchema form,
                           List<Finding> findings) {
        Set<String> known = new HashSet<>(PROCESS_VARIABLES);
        known.addAll(BUILT_IN);
        if (form != null) {
            form.suppliedVariables().forEach(v -> known.add(v.variableName()));
        }
        // a multi-instance step's element variable exists inside it
        for (var loop : model.getModelElementsByType(
                org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics.class)) {
            if (loop.getCamundaElementVariable() != null) {
                known.add(loop.getCamundaElementVariable());
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (!(element instanceof FlowElement) && !(element instanceof Process)) {
                continue;
            }
            org.w3c.dom.Element xml = dom.get(element.getId());
            if (xml == null) {
                continue;
            }
            for (String expression : expressionsOf(xml, true)) {
                Matcher id = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
                while (id.find()) {
                    String name = id.group(1);
                    if (!known.contains(name) && !beans.containsBean(name)) {
                        findings.add(Finding.of(VARIABLE_UNKNOWN, element.getId(), nameOf(element), name));
                    }
                }
            }
        }
    }

    /** The expressions in an element's own attributes and text, not those of nested flow elements. */
    private static List<String> expressionsOf(org.w3c.dom.Element element, boolean top) {
        List<String> found = new ArrayList<>();
        if (!top && element.hasAttribute("id") && isFlowElement(element)) {
            return found;
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            collect(attributes.item(i).getNodeValue(), found);
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element nested) {
                found.addAll(expressionsOf(nested, false));
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                collect(child.getNodeValue(), found);
            }
        }
        return found;
    }

    private static boolean isFlowElement(org.w3c.dom.Element element) {
        String name = element.getLocalName();
        return name != null && (name.endsWith("Task") || name.endsWith("Event") || name.endsWith("Gateway")
                || name.equals("sequenceFlow") || name.equals("subProcess") || name.equals("callActivity"));
    }

    private static void collect(String text, List<String> found) {
        if (text == null) {
            return;
        }
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
    }

    /** OneStopModel's VAR_ constants and the declared form variables: what the engine sets or reads. */
    private static Set<String> processVariables() {
        Set<String> names = new HashSet<>();
        for (Class<?> constants : List.of(OneStopModel.class, vn.motcua.workflows.flagship.FlagshipModel.class)) {
            for (Field field : constants.getFields()) {
                if (field.getName().startsWith("VAR_") && Modifier.isStatic(field.getModifiers())) {
                    try {
                        names.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        for (ProcessVariable variable : ProcessVariable.values()) {
            names.add(variable.variableName());
        }
        return Set.copyOf(names);
    }

    private static String nameOf(BaseElement element) {
        return element instanceof FlowElement flow ? flow.getName() : element instanceof Process p ? p.getName() : null;
    }
}
