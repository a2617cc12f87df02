package vn.motcua.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** An unreachable database answers 503 "try again" with Retry-After; any other failure is left to the usual handling. */
class DatabaseUnavailableResolverTests {

    private final DatabaseUnavailableResolver resolver = new DatabaseUnavailableResolver(
            Jackson2ObjectMapperBuilder.json().build());

    @Test
    void aLostDatabaseIsAServiceUnavailableProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        var failure = new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("motcua - Connection is not available, request timed out after 2000ms"));
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/api/v1/dossiers"), response, null, failure))
                .isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var body = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("detail").asText()).startsWith("Dịch vụ tạm gián đoạn");
    }

    @Test
    void otherFailuresAreNotItsBusiness() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(new MockHttpServletRequest(), response, null, new IllegalStateException("a bug")))
                .isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
