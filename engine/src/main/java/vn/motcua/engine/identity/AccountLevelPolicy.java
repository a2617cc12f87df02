package vn.motcua.engine.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Which VNeID account level filing a procedure needs: level 2 (verified in person) unless a
 * procedure is configured lower ({@code motcua.identity.required-levels."1.001193"=1}).
 */
@Service
@EnableConfigurationProperties(AccountLevelPolicy.Properties.class)
public class AccountLevelPolicy {

    @ConfigurationProperties("motcua.identity")
    public record Properties(Integer defaultRequiredLevel, Map<String, Integer> requiredLevels) {
        public Properties {
            defaultRequiredLevel = defaultRequiredLevel == null ? 2 : defaultRequiredLevel;
            requiredLevels = requiredLevels == null ? Map.of() : Map.copyOf(requiredLevels);
        }
    }

    private final Properties properties;

    AccountLevelPolicy(Properties properties) {
        this.properties = properties;
    }

    public int requiredLevel(String procedureCode) {
        return properties.requiredLevels().getOrDefault(procedureCode, properties.defaultRequiredLevel());
    }

    public boolean mayFile(String procedureCode, int accountLevel) {
        return accountLevel >= requiredLevel(procedureCode);
    }
}
