package vn.motcua.ui.security;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a VNeID login, back to the page that asked for it ("/ho-so/…" opened while logged out) —
 * the request saved when access was refused, or the route Vaadin's access control noted — and the
 * home page otherwise. Only the path and query are taken from what was saved: the host of a saved
 * request comes from the request's own headers, which any client can set, so it is never followed.
 */
final class ReturnToRequestedPage implements AuthenticationSuccessHandler {

    /** A route path with an optional query: letters, digits and the URL's safe marks; no scheme, host or backslash. */
    private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/._~%\\-]*(\\?[\\p{L}\\p{N}=&._~%\\-]*)?");

    private final RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = "";
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            target = pathOf(saved.getRedirectUrl());
            requests.removeRequest(request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (target.isEmpty()) {
                target = safe(session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT));
            }
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        }
        response.sendRedirect(request.getContextPath() + "/" + target);
    }

    /** The saved URL's path and query without its leading slash, when it is a safe page path; "" otherwise. */
    static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (rawPath.startsWith("//")) {
                return "";
            }
            String path = rawPath.substring(rawPath.startsWith("/") ? 1 : 0);
            // Spring's request cache marks the saved request with a bare "continue" parameter
            String query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.equals("continue")).collect(java.util.stream.Collectors.joining("&"));
            return safe(query.isEmpty() ? path : path + "?" + query);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    static String safe(Object stored) {
        if (!(stored instanceof String path) || path.contains("//") || path.startsWith("VAADIN") || path.contains("v-r=")) {
            return "";
        }
        return SAFE_PATH.matcher(path).matches() ? path : "";
    }
}
