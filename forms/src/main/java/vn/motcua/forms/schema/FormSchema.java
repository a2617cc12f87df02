package vn.motcua.forms.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure's form as form-js (Camunda Forms) JSON describes it: the same file is rendered by
 * the portal and checked by the server, so both apply the same rules.
 */
public record FormSchema(String id, List<FormField> fields) {

    private static final Pattern CONDITION = Pattern.compile("=\\s*([A-Za-z0-9_]+)\\s*(=|!=)\\s*\"([^\"]*)\"\\s*");

    /** Thread-safe once configured; a mapper per form cost more than reading the form. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

    public static FormSchema read(InputStream json) throws IOException {
        return of(JSON.readTree(json));
    }

    public static FormSchema read(String json) throws IOException {
        return of(JSON.readTree(json));
    }

    public static FormSchema of(JsonNode root) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            FieldType type = FieldType.of(c.path("type").asText());
            JsonNode v = c.path("validate");
            FormField.Rules rules = v.isMissingNode() ? FormField.Rules.NONE : new FormField.Rules(
                    v.path("required").asBoolean(false), integer(v, "minLength"), integer(v, "maxLength"),
                    text(v, "pattern"), number(v, "min"), number(v, "max"), text(v, "validationType"));
            List<FormField.Option> options = new ArrayList<>();
            for (JsonNode o : c.path("values")) {
                options.add(new FormField.Option(o.path("value").asText(), o.path("label").asText()));
            }
            FormField.HideWhen hide = null;
            String condition = c.path("conditional").path("hide").asText(null);
            if (condition != null) {
                Matcher m = CONDITION.matcher(condition);
                if (!m.matches()) {
                    throw new IllegalArgumentException("Unsupported condition in " + c.path("key").asText() + ": " + condition);
                }
                hide = new FormField.HideWhen(m.group(1), m.group(3), m.group(2).equals("="));
            }
            String key = c.path("key").asText(null);
            String variable = text(c.path("properties"), "processVariable");
            fields.add(new FormField(key, c.path("label").asText(c.path("text").asText("")), type,
                    rules, options, hide, c.path("readonly").asBoolean(false),
                    text(c.path("properties"), "prefill"), variable == null ? null : ProcessVariable.named(variable, key),
                    "documents".equals(text(c.path("properties"), "step")), text(c.path("properties"), "resultFact")));
        }
        return new FormSchema(root.path("id").asText(), List.copyOf(fields));
    }

    public List<FormField> valueFields() {
        return fields.stream().filter(f -> f.type().holdsValue() && f.key() != null).toList();
    }

    /** The process variables this form supplies (its half of the form-to-process contract). */
    public java.util.Set<ProcessVariable> suppliedVariables() {
        java.util.Set<ProcessVariable> supplied = java.util.EnumSet.noneOf(ProcessVariable.class);
        valueFields().stream().map(FormField::processVariable).filter(java.util.Objects::nonNull).forEach(supplied::add);
        return supplied;
    }

    /**
     * The process variables of a submission: each declared field's value, trimmed, under its
     * variable's name; fields left empty or hidden supply nothing (the model sees no variable).
     */
    public java.util.Map<String, Object> processVariables(java.util.Map<String, Object> data) {
        java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (FormField field : valueFields()) {
            Object value = data.get(field.key());
            if (field.processVariable() == null || field.hiddenGiven(data)) {
                continue;
            }
            if (value instanceof String text && !text.isBlank()) {
                variables.put(field.processVariable().variableName(), text.strip());
            } else if (value instanceof Number number) {
                double d = number.doubleValue();
                variables.put(field.processVariable().variableName(),
                        d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
            }
        }
        return variables;
    }

    /**
     * What the result document will state from the declaration: each visible field that names a
     * result fact, with its value as the citizen saw it (an option's label, a date as dd/MM/yyyy,
     * a whole number grouped the Vietnamese way, a ticked box as "Có").
     */
    public java.util.Map<String, String> resultFacts(java.util.Map<String, Object> data) {
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (FormField field : valueFields()) {
            Object value = data.get(field.key());
            if (field.resultFact() == null || value == null || value.toString().isBlank() || field.hiddenGiven(data)) {
                continue;
            }
            String shown;
            if (!field.options().isEmpty()) {
                shown = field.optionLabel(value.toString());
            } else if (field.type() == FieldType.DATETIME) {
                shown = java.time.LocalDate.parse(value.toString()).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                shown = String.format(VIETNAMESE, "%,d", n.longValue()); // 150.000.000
            } else if (value instanceof Boolean b) {
                shown = b ? "Có" : "Không";
            } else {
                shown = value.toString().strip();
            }
            facts.put(field.resultFact(), shown);
        }
        return facts;
    }

    private static Integer integer(JsonNode node, String name) {
        return node.has(name) ? node.get(name).asInt() : null;
    }

    private static Double number(JsonNode node, String name) {
        return node.has(name) ? node.get(name).asDouble() : null;
    }

    private static String text(JsonNode node, String name) {
        return node.has(name) ? node.get(name).asText() : null;
    }
}
