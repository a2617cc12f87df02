package vn.motcua.vneid;

/**
 * The portal's client registration at the sandbox: issuer path, client id and secret. The portal
 * reads it when no external VNeID issuer is configured.
 */
public record SandboxClient(String issuerPath, String clientId, String clientSecret) {
}
