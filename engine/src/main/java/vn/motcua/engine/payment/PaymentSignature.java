package vn.motcua.engine.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 between the portal and the payment gateway: the redirect's parameters (sorted, as
 * {@code k=v&k=v}) and each server-to-server callback ({@code timestamp + "." + body}) are signed
 * with the shared key, so neither the browser nor anyone else can alter an amount or fake a payment.
 */
public final class PaymentSignature {

    /** Headers of the gateway's callback: Unix seconds, and the hex HMAC of {@code timestamp.body}. */
    public static final String TIMESTAMP_HEADER = "X-Payment-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Payment-Signature";
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public PaymentSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("The payment HMAC secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Constant-time comparison: the time taken says nothing about how much of a guess was right. */
    public boolean verify(String message, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The canonical form of redirect parameters: sorted by name, {@code name=value} joined by {@code &}. */
    public static String canonical(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream().filter(e -> !e.getKey().equals("signature"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public static String callbackMessage(String timestamp, String body) {
        return timestamp + "." + body;
    }
}
