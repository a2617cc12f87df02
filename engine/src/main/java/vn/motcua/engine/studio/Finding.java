package vn.motcua.engine.studio;

import java.util.Locale;
import vn.motcua.engine.Messages;

/**
 * One problem the validation found: which rule, at which element (null: the model as a whole), and
 * the arguments of its message. Text in the reader's language via {@link #message(Locale)}.
 */
public record Finding(Rule rule, String elementId, String elementName, java.util.List<String> arguments) {

    /** The rules a model must pass before it can be published; each has a message in i18n/engine. */
    public enum Rule {
        UNSAFE_FILE, ENGINE, PROCESS_ID, FORM_REF, GROUP_MISSING, GROUP_UNKNOWN, WARNING_TIMER, OVERDUE_TIMER,
        SUPPLEMENT_MORE_THAN_ONCE, DEAD_END, NO_RESULT, NO_REFUSAL, DELEGATE_UNKNOWN, CLASS_NOT_ALLOWED,
        VARIABLE_UNKNOWN, FORM_INPUT_MISSING, FORM_INVALID;

        String messageKey() {
            return "studio.rule." + name();
        }
    }

    public Finding {
        arguments = arguments == null ? java.util.List.of() : java.util.List.copyOf(arguments);
    }

    static Finding of(Rule rule, String elementId, String elementName, String... arguments) {
        return new Finding(rule, elementId, elementName, java.util.List.of(arguments));
    }

    public String message(Locale locale) {
        String where = elementId == null ? "" : (elementName == null || elementName.isBlank() ? elementId : elementName);
        Object[] all = new Object[arguments.size() + 1];
        all[0] = where;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return Messages.get(locale, rule.messageKey(), all);
    }
}
