package vn.motcua.forms.schema;

import java.util.List;

/**
 * One component of a form: its key in the submitted data, label, type, rules, options (select,
 * radio), the condition under which it is hidden (and then neither required nor checked), and the
 * process variable it supplies, if the procedure's model reads it ({@code null} otherwise).
 * {@code documentsStep}: a text shown among the uploads ({@code "properties": {"step": "documents"}}),
 * e.g. that a document is already held by the state and need not be provided. {@code resultFact}:
 * the label under which the result document states this field's value
 * ({@code "properties": {"resultFact": "Tên hộ kinh doanh"}}), or null.
 */
public record FormField(String key, String label, FieldType type, Rules rules, List<Option> options,
                        HideWhen hideWhen, boolean readonly, String prefillFrom, ProcessVariable processVariable,
                        boolean documentsStep, String resultFact) {

    public FormField {
        options = OptionList.of(options);
    }

    /** form-js {@code validate}: required, lengths, pattern, bounds, and MotCua's named validators. */
    public record Rules(boolean required, Integer minLength, Integer maxLength, String pattern, Double min, Double max,
                        String validationType) {
        static final Rules NONE = new Rules(false, null, null, null, null, null, null);
    }

    public record Option(String value, String label) {
    }

    /** {@code =key = "value"} or {@code =key != "value"}: the one kind of condition MotCua's forms use. */
    public record HideWhen(String key, String value, boolean equals) {
    }

    /**
     * Whether the field is hidden given the other values: then it is neither shown, required,
     * checked nor submitted. The one rule the renderer and the validator both apply.
     */
    public boolean hiddenGiven(java.util.Map<String, Object> values) {
        if (hideWhen == null) {
            return false;
        }
        Object other = values.get(hideWhen.key());
        boolean same = other != null && hideWhen.value().equals(other.toString());
        return hideWhen.equals() == same;
    }

    /** The label shown for an option's value (the value itself when the form has no such option). */
    public String optionLabel(String value) {
        String label = ((OptionList) options).labelOf(value);
        return label == null ? value : label;
    }

    /** Whether the field offers this value (a select or radio group takes nothing else). */
    public boolean offers(String value) {
        return ((OptionList) options).labelOf(value) != null;
    }

    /** The values the field offers, in form order: one list shared by every form built from this field. */
    public List<String> optionValues() {
        return ((OptionList) options).values();
    }
}
