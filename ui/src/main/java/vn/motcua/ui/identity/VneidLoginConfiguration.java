package vn.motcua.ui.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.forms.identity.PersonalIdNumber;
import vn.motcua.vneid.SandboxClient;

/** VNeID login: the client registration, PKCE on every authorization request, the user mapping. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VneidProperties.class)
public class VneidLoginConfiguration {

    public static final String LOGIN_PATH = "/oauth2/authorization/" + VneidClientRegistrations.REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository vneidClientRegistrations(VneidProperties properties, ObjectProvider<SandboxClient> sandbox) {
        return new VneidClientRegistrations(properties, sandbox);
    }

    /** state and nonce are Spring Security's defaults; PKCE is added for this confidential client too. */
    @Bean
    OAuth2AuthorizationRequestResolver vneidAuthorizationRequests(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * The sandbox's issuer and the portal's redirect URI follow the host the request came in on,
     * which is read from the request bound to the thread; the security filters run before
     * Spring MVC binds it, so it is bound first.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextBeforeSecurity() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("requestContextBeforeSecurity");
        return registration;
    }

    /** Validates bearer tokens of the dossier API against the same VNeID provider. */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoder vneidAccessTokens(ClientRegistrationRepository registrations) {
        return new VneidAccessTokens(registrations);
    }

    @Bean
    VneidUserService vneidUserService(StaffDirectory directory, PersonalIdNumber ids) {
        return new VneidUserService(directory, ids);
    }
}
