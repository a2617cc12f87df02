package vn.motcua.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.PaymentService;
import vn.motcua.engine.payment.PaymentSignature;

/**
 * The payment gateway's server-to-server notification. Authenticated by its HMAC signature, not by
 * a session; the raw body is what was signed, so it is read as text.
 */
@RestController
@Tag(name = "Payments")
class PaymentCallbackController {

    private final PaymentService payments;

    PaymentCallbackController(PaymentService payments) {
        this.payments = payments;
    }

    @Operation(summary = "Gateway callback (IPN): an order paid or cancelled",
            description = "Body JSON {ref, transactionId, amountVnd, status}; headers X-Payment-Timestamp (Unix seconds) "
                    + "and X-Payment-Signature (hex HMAC-SHA256 of timestamp + '.' + body). Repeats are acknowledged "
                    + "without effect; stale or unsigned callbacks get 401.")
    @PostMapping(path = "/api/v1/payments/callback", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> callback(@RequestBody String body,
                                                 @RequestHeader(name = PaymentSignature.TIMESTAMP_HEADER, required = false) String timestamp,
                                                 @RequestHeader(name = PaymentSignature.SIGNATURE_HEADER, required = false) String signature) {
        CallbackOutcome outcome = payments.settle(body, timestamp, signature);
        HttpStatus status = switch (outcome) {
            case SETTLED, ALREADY_SETTLED -> HttpStatus.OK;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        if (status.is2xxSuccessful()) {
            return ResponseEntity.status(status).body(Map.of("outcome", outcome.name()));
        }
        ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), switch (outcome) {
            case UNAUTHENTICATED -> vn.motcua.engine.Messages.text("payment.callback.unauthenticated");
            case CONFLICT -> vn.motcua.engine.Messages.text("payment.callback.conflict");
            default -> vn.motcua.engine.Messages.text("payment.callback.invalid");
        }, Map.of());
        problem.setProperty("outcome", outcome.name());
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
