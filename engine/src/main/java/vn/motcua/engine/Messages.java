package vn.motcua.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

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

    /**
     * The text in the language of whoever is served now: the portal session's language, or the API
     * request's {@code Accept-Language}, as Spring's {@link LocaleContextHolder} holds it for the
     * request; Vietnamese otherwise (jobs, e-mails, and any language the portal does not speak).
     */
    public static String text(String key, Object... arguments) {
        return get(current(), key, arguments);
    }

    /** Vietnamese unless English was asked for. */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale asked = context == null ? null : context.getLocale();
        return asked != null && Locale.ENGLISH.getLanguage().equals(asked.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
