package vn.motcua.forms.schema;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A field's options, read once with the form and shared by everyone who fills it in: the list of
 * values a select or radio group offers (one list for all sessions, not a copy per wizard — the
 * ward select has 3,321) and the label of each value found without a scan (a combo box looks up
 * the label of every option each time the citizen types into it).
 */
final class OptionList extends AbstractList<FormField.Option> implements RandomAccess {

    private final List<FormField.Option> options;
    private final List<String> values;
    private final Map<String, String> labels;

    private OptionList(List<FormField.Option> options) {
        this.options = List.copyOf(options);
        this.values = this.options.stream().map(FormField.Option::value).toList();
        Map<String, String> byValue = new HashMap<>(this.options.size() * 2);
        // the first option with a value wins, as a scan from the top would find it
        this.options.forEach(o -> byValue.putIfAbsent(o.value(), o.label()));
        this.labels = Map.copyOf(byValue);
    }

    static OptionList of(List<FormField.Option> options) {
        return options instanceof OptionList list ? list : new OptionList(options);
    }

    List<String> values() {
        return values;
    }

    /** The option's label, or null when the field offers no such value. */
    String labelOf(String value) {
        return value == null ? null : labels.get(value);
    }

    @Override
    public FormField.Option get(int index) {
        return options.get(index);
    }

    @Override
    public int size() {
        return options.size();
    }
}
