package vn.motcua.vneid;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.engine.PublicUrl;

/**
 * Spring Authorization Server derives the issuer of a path-based provider from the request URL,
 * that is from the {@code Host} header any client can set. The sandbox's requests are therefore
 * presented with the portal's configured public scheme, host and port, so that its issuer (in the
 * discovery document and in every token's {@code iss}) is fixed at start whatever a client claims.
 */
final class FixedIssuerFilter extends OncePerRequestFilter {

    private final PublicUrl publicUrl;

    FixedIssuerFilter(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new PublicAddressRequest(request, publicUrl.uri()), response);
    }

    private static final class PublicAddressRequest extends HttpServletRequestWrapper {

        private final URI base;

        PublicAddressRequest(HttpServletRequest request, URI base) {
            super(request);
            this.base = base;
        }

        @Override
        public String getScheme() {
            return base.getScheme();
        }

        @Override
        public String getServerName() {
            return base.getHost();
        }

        @Override
        public int getServerPort() {
            return base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(base.getScheme());
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? base.getRawAuthority() : super.getHeader(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(base.getScheme()).append("://").append(base.getRawAuthority()).append(getRequestURI());
        }
    }
}
