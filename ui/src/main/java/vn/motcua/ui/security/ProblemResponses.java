package vn.motcua.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.motcua.ui.api.Problems;

/**
 * Refusals written by filters, before Spring MVC and its exception handlers exist for the request:
 * the same RFC 9457 problem details (title, bilingual detail, field errors) the API answers with.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title, String detail,
                      Map<String, String> errors) throws IOException {
        ProblemDetail problem = Problems.of(status, title, detail, errors);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
