package vn.motcua.vneid;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.SecureRandom;
import java.util.Base64;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.motcua.engine.DataDirectory;
import vn.motcua.engine.PublicUrl;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import vn.motcua.engine.registry.ResidentsDatabase;

/**
 * The sandbox provider under {@code /vneid-sandbox}: issuer {@code <base URL>/vneid-sandbox}
 * (Spring Authorization Server with issuers that carry a path; the base URL is the portal's
 * configured public URL, see {@link FixedIssuerFilter}), its own login, OTP and consent
 * pages, and the VNeID claims in the tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnProperty(name = "motcua.vneid.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public class VneidSandboxConfiguration {

    public static final String PATH = "/vneid-sandbox";
    static final String LOGIN = PATH + "/dang-nhap";
    static final String OTP = PATH + "/otp";
    static final String CONSENT = PATH + "/dong-y";

    @Bean
    SandboxClient sandboxClient(SandboxProperties properties) {
        String secret = properties.clientSecret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return new SandboxClient(PATH, properties.clientId(), secret);
    }

    @Bean
    SandboxAccounts sandboxAccounts(DSLContext sql) {
        SandboxAccounts accounts = new SandboxAccounts(sql, new BCryptPasswordEncoder());
        accounts.createDemoAccounts();
        return accounts;
    }

    /** Runs before Spring Security, so the authorization server only ever sees the public address. */
    @Bean
    FilterRegistrationBean<FixedIssuerFilter> vneidSandboxFixedIssuer(PublicUrl publicUrl) {
        FilterRegistrationBean<FixedIssuerFilter> registration = new FilterRegistrationBean<>(new FixedIssuerFilter(publicUrl));
        registration.addUrlPatterns(PATH + "/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    @Bean
    SandboxSession sandboxSession() {
        return new SandboxSession();
    }

    /** Bounded and expiring, unlike the in-memory default (see {@link SandboxAuthorizations}). */
    @Bean
    org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService vneidSandboxAuthorizations() {
        return new SandboxAuthorizations();
    }

    @Bean
    AuthorizationServerSettings vneidSandboxSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    @Bean
    JWKSource<SecurityContext> vneidSandboxKeys(DataDirectory data) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(data.resolve("vneid-sandbox/signing-key.jwks"))));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> vneidClaims(ResidentsDatabase registry, SandboxAccounts accounts) {
        return new VneidTokenClaims(registry, accounts);
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** The protocol endpoints: discovery, JWKS, authorize, token, userinfo, logout. */
    @Bean
    @Order(-2)
    SecurityFilterChain vneidSandboxEndpoints(HttpSecurity http, SandboxClient client, SandboxSession session,
                                              JWKSource<SecurityContext> keys, PublicUrl publicUrl) throws Exception {
        // the sandbox's own decoder, for its userinfo endpoint; not a bean, so that the portal's
        // resource server keeps its own
        JwtDecoder decoder = accessTokenDecoder(keys);
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(new AndRequestMatcher(path(PATH + "/**"), server.getEndpointsMatcher()))
                .with(server, as -> as
                        .registeredClientRepository(new PortalClientRepository(client, publicUrl))
                        .authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(VneidTokenClaims::userInfo))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(decoder)))
                .securityContext(context -> context.securityContextRepository(session.contexts))
                .requestCache(cache -> cache.requestCache(session.requests));
        return http.build();
    }

    /**
     * The userinfo endpoint takes the sandbox's access tokens, which are typed {@code at+jwt}
     * (RFC 9068); the authorization server's default decoder would accept only {@code JWT}.
     */
    private static JwtDecoder accessTokenDecoder(JWKSource<SecurityContext> keys) {
        com.nimbusds.jwt.proc.DefaultJWTProcessor<SecurityContext> processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
                com.nimbusds.jose.JWSAlgorithm.RS256, keys));
        processor.setJWSTypeVerifier(new com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier<>(
                new com.nimbusds.jose.JOSEObjectType(VneidTokenClaims.ACCESS_TOKEN_TYPE)));
        processor.setJWTClaimsSetVerifier((claims, context) -> { }); // Spring's validators check the claims
        return new org.springframework.security.oauth2.jwt.NimbusJwtDecoder(processor);
    }

    /** The sandbox's own pages: login (ID number + passcode), OTP, consent. */
    @Bean
    @Order(-1)
    SecurityFilterChain vneidSandboxPages(HttpSecurity http, SandboxSession session) throws Exception {
        return http.securityMatcher(path(PATH + "/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(LOGIN), path(OTP), path(PATH + "/sandbox.css")).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                .securityContext(context -> context.securityContextRepository(session.contexts))
                .requestCache(cache -> cache.requestCache(session.requests))
                .build();
    }
}
