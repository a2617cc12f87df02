package vn.motcua.paymentsandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.motcua.engine.payment.GatewayCallback;
import vn.motcua.engine.payment.PaymentSignature;

/**
 * The gateway's server-to-server notification (IPN) to the merchant: JSON body, the Unix time in
 * {@code X-Payment-Timestamp}, HMAC-SHA256 of {@code timestamp.body} in {@code X-Payment-Signature}.
 * Retried a few times, as gateways do; the merchant must accept repeats.
 */
@Component
class MerchantNotifier {

    private static final Logger log = LoggerFactory.getLogger(MerchantNotifier.class);
    private static final int ATTEMPTS = 3;

    private final PaymentSignature signature;
    private final Clock clock;
    private final RestClient http = RestClient.create();
    private final ObjectMapper json = new ObjectMapper();

    MerchantNotifier(PaymentSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    /** True once the merchant has acknowledged (2xx). */
    boolean notify(String notifyUrl, GatewayCallback callback) {
        String body;
        try {
            body = json.writeValueAsString(callback);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Callback not serialisable", e);
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            try {
                http.post().uri(notifyUrl).contentType(MediaType.APPLICATION_JSON)
                        .header(PaymentSignature.TIMESTAMP_HEADER, timestamp)
                        .header(PaymentSignature.SIGNATURE_HEADER, signature.sign(PaymentSignature.callbackMessage(timestamp, body)))
                        .body(body).retrieve().toBodilessEntity();
                return true;
            } catch (RestClientException e) {
                log.warn("Notifying {} failed (attempt {}): {}", notifyUrl, attempt, e.getMessage());
            }
        }
        return false;
    }
}
