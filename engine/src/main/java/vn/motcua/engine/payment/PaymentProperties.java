package vn.motcua.engine.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment gateway the portal redirects to and shares an HMAC key with
 * ({@code MOTCUA_PAYMENT_GATEWAY_URL}, {@code MOTCUA_PAYMENT_HMAC_SECRET}). Without a secret a
 * development key is generated under the data directory; the default gateway is the built-in sandbox.
 *
 * @param callbackMaxAge how old a signed callback may be: older ones are refused as replays
 */
@ConfigurationProperties("motcua.payment")
public record PaymentProperties(@DefaultValue("/payment-sandbox/thanh-toan") String gatewayUrl,
                                String hmacSecret,
                                @DefaultValue("true") boolean generateSecret,
                                @DefaultValue("MOTCUA") String merchantCode,
                                @DefaultValue("5m") Duration callbackMaxAge) {
}
