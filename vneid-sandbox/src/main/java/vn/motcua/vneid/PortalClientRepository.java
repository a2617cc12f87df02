package vn.motcua.vneid;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.motcua.engine.PublicUrl;

/**
 * The one client the sandbox knows: the portal it runs beside. Its redirect URI is the portal's
 * callback at its configured public URL (never the host a request names),
 * PKCE is required and the citizen is asked to consent, as VNeID does.
 */
final class PortalClientRepository implements RegisteredClientRepository {

    static final String REGISTRATION_ID = "vneid";
    /** Short: an access token that leaks is worth little (the portal refuses longer-lived ones too). */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final SandboxClient client;
    private final PublicUrl publicUrl;

    PortalClientRepository(SandboxClient client, PublicUrl publicUrl) {
        this.client = client;
        this.publicUrl = publicUrl;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // Spring Authorization Server saves a client to re-encode its secret; this client is
        // rebuilt from configuration on every lookup, so there is nothing to store.
    }

    @Override
    public RegisteredClient findById(String id) {
        return client.clientId().equals(id) ? portal() : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return client.clientId().equals(clientId) ? portal() : null;
    }

    private RegisteredClient portal() {
        String base = publicUrl.get();
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret("{noop}" + client.clientSecret())
                .clientName("Cổng dịch vụ công MotCua")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(base + "/login/oauth2/code/" + REGISTRATION_ID)
                .postLogoutRedirectUri(base + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build())
                .build();
    }
}
