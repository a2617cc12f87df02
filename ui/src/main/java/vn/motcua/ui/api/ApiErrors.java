package vn.motcua.ui.api;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.motcua.engine.database.DatabaseUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details: a clear message, field by field, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidParametersException.class)
    ProblemDetail invalid(InvalidParametersException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameters", "Some parameters are invalid.", e.fieldErrors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    /**
     * A database that cannot be reached (dead, restarting, cut off) is "try again shortly" — 503 with
     * Retry-After, within the pool's two-second wait — not an internal error; any other data-access
     * failure is a 500 without details.
     */
    @ExceptionHandler({org.jooq.exception.DataAccessException.class, org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class, org.camunda.bpm.engine.ProcessEngineException.class})
    ResponseEntity<ProblemDetail> dataAccess(RuntimeException e) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("API request while the database is unreachable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable",
                            vn.motcua.engine.Messages.text("database.unavailable"), Map.of()));
        }
        log.error("API request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", vn.motcua.engine.Messages.text("request.failed"), Map.of()));
    }
}
