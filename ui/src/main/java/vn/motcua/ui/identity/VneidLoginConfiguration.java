package vn.motcua.ui.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import vn.motcua.engine.PublicUrl;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.forms.identity.PersonalIdNumber;
import vn.motcua.vneid.SandboxClient;

/** VNeID login: the client registration, PKCE on every authorization request, the user mapping. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VneidProperties.class)
public class VneidLoginConfiguration {

    public static final String LOGIN_PATH = "/oauth2/authorization/" + VneidClientRegistrations.REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository vneidClientRegistrations(VneidProperties properties, ObjectProvider<SandboxClient> sandbox,
                                                          PublicUrl publicUrl) {
        return new VneidClientRegistrations(properties, sandbox, publicUrl);
    }

    /** state and nonce are Spring Security's defaults; PKCE is added for this confidential client too. */
    @Bean
    OAuth2AuthorizationRequestResolver vneidAuthorizationRequests(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** Validates bearer tokens of the dossier API against the same VNeID provider. */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoder vneidAccessTokens(ClientRegistrationRepository registrations,
                                                                         VneidProperties properties) {
        return new VneidAccessTokens(registrations, properties);
    }

    @Bean
    VneidUserService vneidUserService(StaffDirectory directory, PersonalIdNumber ids) {
        return new VneidUserService(directory, ids);
    }
}
