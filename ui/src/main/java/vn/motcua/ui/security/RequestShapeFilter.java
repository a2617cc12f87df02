package vn.motcua.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must say what it is: a Content-Type that does not parse, or a wildcard such as
 * {@code *}{@code /*} (meaningless for content that was sent), is refused with 415 before Spring MVC,
 * which would otherwise fail on it with an internal error while choosing a message converter.
 */
final class RequestShapeFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    RequestShapeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !acceptable(contentType)) {
            ProblemResponses.write(response, json, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Content-Type không hợp lệ / invalid Content-Type",
                    Map.of("Content-Type", "Content-Type không hợp lệ / invalid Content-Type"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean acceptable(String contentType) {
        if (contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
