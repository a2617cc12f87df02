package vn.motcua.ui.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language each request is served in, as Spring's dispatcher (which every portal and API
 * request passes through) puts it in {@code LocaleContextHolder} for the engine's texts
 * ({@link vn.motcua.engine.Messages#text}): in a portal session the language the citizen chose
 * (Vietnamese unless switched), whatever the browser asks for; for the API its {@code Accept-Language},
 * Vietnamese or English, Vietnamese by default.
 */
@Component("localeResolver")
class PortalLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = PortalLocaleResolver.class.getName() + ".locale";

    private final AcceptHeaderLocaleResolver acceptLanguage = new AcceptHeaderLocaleResolver();

    PortalLocaleResolver() {
        acceptLanguage.setSupportedLocales(List.of(PortalLocales.VIETNAMESE, PortalLocales.ENGLISH));
        acceptLanguage.setDefaultLocale(PortalLocales.VIETNAMESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : acceptLanguage.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The portal's language is switched in the Vaadin session (PortalLocales)");
    }
}
