package vn.motcua.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address and public surface: a burst of a minute's budget, refilled
 * steadily. The client is the TCP peer ({@code getRemoteAddr}); behind a reverse proxy it is the
 * address the proxy forwards only when the operator trusts that proxy (Tomcat's RemoteIpValve),
 * never a header a client sets. Over the limit: 429 with {@code Retry-After} and problem details.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    /** Buckets of clients that went quiet are dropped wholesale beyond this many: memory stays bounded. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final RateLimitProperties properties;
    private final ObjectMapper json;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimitedSurface> surface = properties.enabled() ? RateLimitedSurface.of(request) : Optional.empty();
        if (surface.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = bucket(surface.get(), request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        ProblemResponses.write(response, json, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Quá nhiều yêu cầu, vui lòng thử lại sau " + retryAfter + " giây / too many requests, retry in "
                        + retryAfter + " s", Map.of());
    }

    private Bucket bucket(RateLimitedSurface surface, String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        int perMinute = properties.perMinute().get(surface);
        return buckets.computeIfAbsent(surface + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
