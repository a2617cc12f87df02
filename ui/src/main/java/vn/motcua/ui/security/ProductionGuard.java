package vn.motcua.ui.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with anything meant for a laptop: demo data, the VNeID
 * or payment sandboxes, or an unset public URL (the VNeID redirect URI and every printed link).
 * It runs before the application context exists, so nothing is seeded or served first.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        requireOff(environment, "motcua.demo.enabled", "MOTCUA_DEMO_ENABLED", problems);
        requireOff(environment, "motcua.vneid.sandbox.enabled", "MOTCUA_VNEID_SANDBOX_ENABLED", problems);
        requireOff(environment, "motcua.payment.sandbox.enabled", "MOTCUA_PAYMENT_SANDBOX_ENABLED", problems);
        requireSet(environment, "motcua.public-url", "MOTCUA_PUBLIC_URL", problems);
        requireSet(environment, "motcua.vneid.issuer", "MOTCUA_VNEID_ISSUER", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", problems));
        }
    }

    private static void requireOff(ConfigurableEnvironment environment, String property, String variable, List<String> problems) {
        if (environment.getProperty(property, Boolean.class, true)) {
            problems.add(variable + " must be false");
        }
    }

    private static void requireSet(ConfigurableEnvironment environment, String property, String variable, List<String> problems) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(variable + " must be set");
        }
    }
}
