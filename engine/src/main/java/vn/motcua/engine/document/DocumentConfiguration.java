package vn.motcua.engine.document;

import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.DataDirectory;

/** The signing keys, the PAdES signer (with a TSA when configured) and the document store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class DocumentConfiguration {

    @Bean
    SigningKeys signingKeys(SigningProperties properties, DataDirectory data) {
        return SigningKeys.open(properties, data.resolve("pki"));
    }

    @Bean
    PadesSigner padesSigner(SigningProperties properties) {
        return new PadesSigner(Optional.ofNullable(properties.tsaUrl()).filter(u -> !u.isBlank()).map(TimeStampClient::new));
    }

    @Bean
    DocumentStore documentStore(DataDirectory data) {
        return DocumentStore.filesystem(data.resolve("documents"));
    }
}
