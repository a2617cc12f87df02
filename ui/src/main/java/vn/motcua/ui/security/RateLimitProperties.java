package vn.motcua.ui.security;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.rate-limits.*}: requests per minute per client address for each public surface,
 * e.g. {@code MOTCUA_RATE_LIMITS_PER_MINUTE_VERIFICATION=20}. Off with {@code enabled=false}.
 */
@ConfigurationProperties("motcua.rate-limits")
record RateLimitProperties(Boolean enabled, Map<RateLimitedSurface, Integer> perMinute) {

    RateLimitProperties {
        enabled = enabled == null || enabled;
        Map<RateLimitedSurface, Integer> limits = new EnumMap<>(RateLimitedSurface.class);
        for (RateLimitedSurface surface : RateLimitedSurface.values()) {
            limits.put(surface, surface.defaultPerMinute);
        }
        if (perMinute != null) {
            limits.putAll(perMinute);
        }
        limits.forEach((surface, limit) -> {
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException("motcua.rate-limits.per-minute." + surface + " must be at least 1");
            }
        });
        perMinute = Map.copyOf(limits);
    }
}
