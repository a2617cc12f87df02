package vn.motcua.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A logged-in user refused a page outside the portal's views (Camunda's web applications): a
 * portal-styled page saying why, in Vietnamese and English, with HTTP 403, in place of the
 * container's blank error page.
 */
final class ForbiddenPage implements AccessDeniedHandler {

    private final byte[] page;

    ForbiddenPage() {
        try (InputStream in = ForbiddenPage.class.getResourceAsStream("/pages/forbidden.html")) {
            if (in == null) {
                throw new IllegalStateException("pages/forbidden.html is missing from the application");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
