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
        session.setLocale(isEnglish(session.getLocale()) ? VIETNAMESE : ENGLISH);
    }
}
