package vn.motcua.ui.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import vn.motcua.engine.PublicUrl;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.ui.identity.LoginFailedView;
import vn.motcua.ui.identity.VneidLoginConfiguration;

/**
 * One filter chain per surface: the engine's REST API (administrators, HTTP Basic), Camunda's web
 * applications (they authenticate against the engine's identity service themselves), the public
 * read-only API, the operational endpoints, error pages, and the Vaadin portal.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What the portal's pages need and nothing more: Vaadin's client runs inline bootstrap code and
     * evaluates what the server sends (hence 'unsafe-inline' and 'unsafe-eval' for scripts; styles
     * inline too); every script, style, image, font and connection comes from this origin (vendored
     * browser libraries included); nothing may frame the portal.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private final PublicUrl publicUrl;

    SecurityConfiguration(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /**
     * The same headers on every response. HSTS whenever the portal's public URL is https (also
     * behind a TLS-terminating proxy, where the request itself arrives as plain http).
     */
    private void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)
                        .requestMatcher(request -> request.isSecure() || publicUrl.secure())));
    }

    /**
     * Matches on the path below the context root whichever servlet serves it: the engine REST API
     * is a Jersey servlet, not Spring MVC, so MVC-based matchers would never see it.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Off unless {@code MOTCUA_ENGINE_REST_ENABLED=true}: then for Camunda administrators, with HTTP
     * Basic. Camunda's own lock-out after failed passwords is switched off (motcua-engine.yml): it
     * would let anyone lock the administrator out; the per-client rate limit stops guessing instead.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, EngineAdminAuthenticationProvider administrators,
                                   @Value("${motcua.engine-rest.enabled:false}") boolean enabled) throws Exception {
        http.securityMatcher(path("/engine-rest/**"));
        securityHeaders(http);
        if (!enabled) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                            .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value())))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }
        return http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(EngineAdminAuthenticationProvider.ROLE))
                .authenticationProvider(administrators)
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable()) // stateless API: no browser session to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Cockpit, Tasklist and Admin on /camunda: for ADMIN staff only, through the portal's VNeID
     * login (no second password); the engine's {@code PortalAdministrators} passes the login on to Camunda.
     * Anyone else is sent to log in, or refused. The welcome app also probes /camunda-welcome for
     * custom links: it must get a plain 404, since Camunda's client treats any 401 as "session
     * expired".
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/camunda-welcome")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/camunda-welcome")).permitAll()
                        .anyRequest().hasRole(vn.motcua.engine.staff.StaffRole.ADMIN.name()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
                                VneidLoginConfiguration.LOGIN_PATH)).accessDeniedHandler(new ForbiddenPage()))
                .csrf(csrf -> csrf.disable()) // Camunda's web applications run their own CSRF protection
                // Camunda's applications send their own Content-Security-Policy; they frame themselves
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/actuator/prometheus"))
                        .permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The public REST API and its OpenAPI description: read-only, no session, no login. */
    @Bean
    @Order(3)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher(new OrRequestMatcher(path("/api/v1/procedures/**"), path("/api/v1/procedures"),
                        path("/api/v1/statistics/**"), path("/v3/api-docs/**"), path("/v3/api-docs")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**")).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable()) // GET only: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Public document verification: anyone may upload a PDF to check it, and fetch a signed original
     * by its id and hash (the QR code). The payment gateway's callback too: the payment service
     * authenticates it by its HMAC signature. Stateless, nothing to forge.
     */
    @Bean
    @Order(6)
    SecurityFilterChain publicDocuments(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher(new OrRequestMatcher(path("/api/v1/documents/verify"), path("/tai-lieu/*"),
                        path("/api/v1/payments/callback")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The dossier API: VNeID bearer tokens, no session, no cookies to forge requests with. */
    @Bean
    @Order(7)
    SecurityFilterChain dossierApi(HttpSecurity http, org.springframework.security.oauth2.jwt.JwtDecoder vneidAccessTokens)
            throws Exception {
        securityHeaders(http);
        return http.securityMatcher(new OrRequestMatcher(path("/api/v1/dossiers"), path("/api/v1/dossiers/**"),
                        path("/api/v1/attachments")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(vneidAccessTokens)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Error pages render for everyone: a 404 must stay a 404, not turn into a login challenge. */
    @Bean
    @Order(5)
    SecurityFilterChain errors(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher(path("/error"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * The portal: public pages for everyone, the rest after a VNeID login (OpenID Connect
     * authorization code with PKCE, state and nonce). Logging out ends the local session and, when
     * the provider advertises an end-session endpoint, the VNeID session too.
     */
    @Bean
    @Order(10)
    SecurityFilterChain portal(HttpSecurity http, OAuth2AuthorizationRequestResolver authorizationRequests,
                               OAuth2UserService<OidcUserRequest, OidcUser> vneidUsers) throws Exception {
        securityHeaders(http);
        // a protected page opened while logged out first says why it needs a VNeID login
        String loginReason = "/" + vn.motcua.ui.identity.LoginReasonView.ROUTE;
        http.oauth2Login(login -> login
                .loginPage(loginReason)
                .failureUrl("/" + LoginFailedView.ROUTE)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(vneidUsers))
                // Vaadin's configurer sets its own success handler when the chain is built; the
                // filter itself is post-processed last, so this one is what runs
                .withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                        org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(new ReturnToRequestedPage());
                        return filter;
                    }
                }));
        // the vendored browser libraries (charts) of public pages
        http.authorizeHttpRequests(requests -> requests.requestMatchers(path("/vendor/**")).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(loginReason, "{baseUrl}/")).build();
    }
}
