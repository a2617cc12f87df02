package vn.motcua.vneid;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.vneid.sandbox.*}: on unless switched off (the prod profile switches it off). The
 * client secret the portal uses against the sandbox is generated per start unless configured.
 */
@ConfigurationProperties("motcua.vneid.sandbox")
public record SandboxProperties(Boolean enabled, String clientId, String clientSecret) {

    public SandboxProperties {
        enabled = enabled == null || enabled;
        clientId = clientId == null || clientId.isBlank() ? "motcua-portal" : clientId;
    }
}
