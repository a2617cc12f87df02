package vn.motcua.ui.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import vn.motcua.engine.PublicUrl;
import vn.motcua.vneid.SandboxClient;

/**
 * The one client registration, {@code vneid}, read from the provider's discovery document the
 * first time someone logs in (not at start-up: the sandbox is served by this very application,
 * which is not listening yet while it starts). Without a configured issuer it is the sandbox at
 * {@code <public URL>/vneid-sandbox}. The issuer and the redirect URI are fixed by configuration:
 * nothing here depends on the request, so a forged {@code Host} header can neither choose the
 * provider whose keys are trusted nor receive the client secret.
 */
final class VneidClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "vneid";

    private final VneidProperties properties;
    private final ObjectProvider<SandboxClient> sandbox;
    private final PublicUrl publicUrl;
    private final Map<String, ClientRegistration> byIssuer = new ConcurrentHashMap<>();

    VneidClientRegistrations(VneidProperties properties, ObjectProvider<SandboxClient> sandbox, PublicUrl publicUrl) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.publicUrl = publicUrl;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        String issuer;
        String clientId;
        String clientSecret;
        if (properties.external()) {
            issuer = properties.issuer();
            clientId = properties.clientId();
            clientSecret = properties.clientSecret();
        } else {
            SandboxClient client = sandbox.getIfAvailable();
            if (client == null) {
                throw new IllegalStateException("No VNeID provider: set MOTCUA_VNEID_ISSUER (the sandbox is off)");
            }
            issuer = publicUrl.resolve(client.issuerPath());
            clientId = client.clientId();
            clientSecret = client.clientSecret();
        }
        return byIssuer.computeIfAbsent(issuer, i -> ClientRegistrations.fromIssuerLocation(i)
                .registrationId(REGISTRATION_ID)
                .clientName("VNeID")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(publicUrl.resolve("/login/oauth2/code/" + REGISTRATION_ID))
                .scope(properties.scopes())
                .userNameAttributeName(VneidUser.ID_NUMBER)
                .build());
    }
}
