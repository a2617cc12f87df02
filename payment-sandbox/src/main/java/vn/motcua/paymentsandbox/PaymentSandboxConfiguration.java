package vn.motcua.paymentsandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "motcua.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public class PaymentSandboxConfiguration {

    public static final String PATH = "/payment-sandbox";

    /**
     * The gateway's pages need no portal login (a bank's page would not have one); its forms carry
     * a CSRF token of the gateway's own session, and the order itself is signed by the portal.
     */
    @Bean
    @Order(0)
    SecurityFilterChain paymentSandboxPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
