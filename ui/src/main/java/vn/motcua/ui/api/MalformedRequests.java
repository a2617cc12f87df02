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
 * before any controller is chosen, so this advice applies to every handler, not only the API's.
 * It is the client's mistake: 400 with problem details, never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp quá lớn / the upload is too large");
        problem.setTitle("Payload too large");
        problem.setProperty("errors", Map.of("file", "Tệp quá lớn / the upload is too large"));
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nội dung multipart/form-data không đọc được / the multipart body cannot be read");
        problem.setTitle("Malformed request");
        problem.setProperty("errors", Map.of("body", "multipart/form-data không hợp lệ / malformed multipart body"));
        return problem;
    }
}
