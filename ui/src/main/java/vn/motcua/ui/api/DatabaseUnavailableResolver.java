package vn.motcua.ui.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.engine.Messages;
import vn.motcua.engine.database.DatabaseUnavailable;

/**
 * A request that failed because the database cannot be reached (dead, restarting, cut off) is
 * "try again shortly" — 503 with Retry-After, within the pool's two-second wait — not an internal
 * error, whichever layer the failure surfaced in (jOOQ, a transaction, the process engine). Runs
 * before the other resolvers and answers only that case; everything else resolves as before.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    private final ObjectMapper json;

    DatabaseUnavailableResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} while the database is unreachable: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
        try {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "Service temporarily unavailable", Messages.text("database.unavailable"), Map.of()));
        } catch (IOException e) {
            log.debug("Could not write the 503 answer", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
