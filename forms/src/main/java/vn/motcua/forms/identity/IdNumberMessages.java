package vn.motcua.forms.identity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The precise, field-level message for a problem, in Vietnamese (default) or English. */
public final class IdNumberMessages {

    private static final String BUNDLE = "vn.motcua.forms.messages";

    private IdNumberMessages() {
    }

    public static String message(PersonalIdNumber.Problem problem, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = problem.arguments().stream().map(a -> translateGender(a, bundle)).toArray();
        return new MessageFormat(bundle.getString("idnumber." + problem.kind().name()), locale).format(arguments);
    }

    private static Object translateGender(Object argument, ResourceBundle bundle) {
        if (argument instanceof String s && (s.equals(Gender.MALE.name()) || s.equals(Gender.FEMALE.name()))) {
            return bundle.getString("gender." + s);
        }
        return argument instanceof Integer i ? String.valueOf(i) : argument;
    }
}
