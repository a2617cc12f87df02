package vn.motcua.engine.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.signing.*}: where the agencies' signing keys are. Without a keystore, a development
 * PKI (root CA + one certificate per agency) is generated under the data directory, with its
 * password from {@code MOTCUA_SIGNING_KEYSTORE_PASSWORD} or generated and kept owner-only beside it.
 * The prod profile sets {@code generate=false}: keys must then come from the configured keystore.
 * {@code tsa-url}: an RFC 3161 time-stamping authority; none by default.
 */
@ConfigurationProperties("motcua.signing")
public record SigningProperties(String keystore, String keystorePassword, Boolean generate, String tsaUrl) {

    public SigningProperties {
        generate = generate == null || generate;
    }
}
