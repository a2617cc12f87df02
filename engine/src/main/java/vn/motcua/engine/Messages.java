package vn.motcua.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the engine that reach people (field errors, refusals, notifications, e-mail), from
 * {@code i18n/engine*.properties}: Vietnamese, the portal's language, and English. A test keeps the
 * bundles in step. Arguments are MessageFormat placeholders ({0}); pass numbers as text.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.engine", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "Vietnamese / English": how the API and the portal show a refusal to whoever reads it. */
    public static String bilingual(String key, Object... arguments) {
        return get(VIETNAMESE, key, arguments) + " / " + get(Locale.ENGLISH, key, arguments);
    }
}
