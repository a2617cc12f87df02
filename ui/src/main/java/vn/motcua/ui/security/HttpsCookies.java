package vn.motcua.ui.security;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Marks the session cookie Secure whenever the portal's public URL is https, also when TLS ends at
 * a proxy in front of it (then the request itself is plain http and the servlet container would not
 * know). An explicit {@code server.servlet.session.cookie.secure} wins.
 */
public class HttpsCookies implements EnvironmentPostProcessor {

    static final String SECURE = "server.servlet.session.cookie.secure";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String publicUrl = environment.getProperty("motcua.public-url", "");
        if (publicUrl.startsWith("https:") && environment.getProperty(SECURE) == null) {
            environment.getPropertySources().addLast(new MapPropertySource("motcua-https-cookies", Map.of(SECURE, "true")));
        }
    }
}
