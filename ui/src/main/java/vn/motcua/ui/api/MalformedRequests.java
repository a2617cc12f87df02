package vn.motcua.ui.api;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed (no boundary, truncated, not multipart at all) fails
 * before any controller is chosen, so this advice applies to every handler, not only the API's;
 * so does a body that is not the JSON a handler reads.
 * It is the client's mistake: 400 with problem details, never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", vn.motcua.engine.Messages.text("upload.too-large"),
                Map.of("file", vn.motcua.engine.Messages.text("upload.too-large")));
    }

    /** A JSON body that does not parse, or whose values do not fit the request's fields. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException e) {
        String message = vn.motcua.engine.Messages.text("api.unreadable-body");
        return Problems.of(HttpStatus.BAD_REQUEST, "Malformed request", message, Map.of("body", message));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        String message = vn.motcua.engine.Messages.text("upload.unreadable-multipart");
        return Problems.of(HttpStatus.BAD_REQUEST, "Malformed request", message, Map.of("body", message));
    }
}
