package vn.motcua.engine.payment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.DataDirectory;
import vn.motcua.engine.DevelopmentSecrets;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    /** The key shared with the gateway: configured, or (development) generated once under ./data. */
    @Bean
    PaymentSignature paymentSignature(PaymentProperties properties, DataDirectory data) {
        if (!properties.generateSecret() && (properties.hmacSecret() == null || properties.hmacSecret().isBlank())) {
            throw new IllegalStateException("MOTCUA_PAYMENT_HMAC_SECRET is required when no development secret is generated");
        }
        return new PaymentSignature(DevelopmentSecrets.configuredOrStored(properties.hmacSecret(),
                data.resolve("payment/hmac-secret")));
    }
}
