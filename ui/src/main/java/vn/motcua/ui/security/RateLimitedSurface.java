package vn.motcua.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The public endpoints anyone can call without an account, each with its own budget per client:
 * the work behind them (parsing a PDF, searching, checking a password) is what a flood would buy.
 */
enum RateLimitedSurface {
    /** {@code POST /api/v1/documents/verify}: parses an uploaded PDF. */
    VERIFICATION(20),
    /** {@code /api/v1/procedures}, {@code /api/v1/statistics}: the public read API (catalogue, open data). */
    CATALOGUE_API(300),
    /** {@code /api/v1/payments/callback}: the gateway, one address sending many. */
    PAYMENT_CALLBACK(600),
    /** The start and return of a VNeID login, and the sandbox's passcode and OTP pages. */
    LOGIN(120),
    /** {@code /engine-rest}: HTTP Basic against the engine's administrators. */
    ENGINE_REST(120);

    final int defaultPerMinute;

    RateLimitedSurface(int defaultPerMinute) {
        this.defaultPerMinute = defaultPerMinute;
    }

    static Optional<RateLimitedSurface> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/v1/documents/verify")) {
            return Optional.of(VERIFICATION);
        }
        if (path.equals("/api/v1/procedures") || path.startsWith("/api/v1/procedures/")
                || path.startsWith("/api/v1/statistics/")) {
            return Optional.of(CATALOGUE_API);
        }
        if (path.equals("/api/v1/payments/callback")) {
            return Optional.of(PAYMENT_CALLBACK);
        }
        if (path.startsWith("/oauth2/authorization/") || path.startsWith("/login/oauth2/code/")
                || path.equals("/vneid-sandbox/dang-nhap") || path.equals("/vneid-sandbox/otp")) {
            return Optional.of(LOGIN);
        }
        if (path.startsWith("/engine-rest/")) {
            return Optional.of(ENGINE_REST);
        }
        return Optional.empty();
    }
}
