package vn.motcua.ui.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details: a clear message, field by field, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(InvalidParametersException.class)
    ProblemDetail invalid(InvalidParametersException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameters", "Some parameters are invalid.", e.fieldErrors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }
}
