package vn.motcua.engine.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the engine that reach citizens, from {@code i18n/engine*.properties}: Vietnamese, the
 * portal's language, and English.
 */
final class EngineMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private EngineMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.engine", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
