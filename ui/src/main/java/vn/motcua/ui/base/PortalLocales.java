package vn.motcua.ui.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The portal's two languages: Vietnamese first, English available. */
public final class PortalLocales {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private PortalLocales() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches the whole session; every {@code LocaleChangeObserver} on screen re-renders. */
    public static void toggle(VaadinSession session) {
        use(session, isEnglish(session.getLocale()) ? VIETNAMESE : ENGLISH);
    }

    /** Sets the session's language, for the views and for the engine's texts ({@link PortalLocaleResolver}). */
    static void use(VaadinSession session, Locale locale) {
        session.setLocale(locale);
        session.getSession().setAttribute(PortalLocaleResolver.SESSION_ATTRIBUTE, locale);
        // the rest of this very request speaks the new language too
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
    }
}
