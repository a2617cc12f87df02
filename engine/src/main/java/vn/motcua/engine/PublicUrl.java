package vn.motcua.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The portal's public base URL ({@code MOTCUA_PUBLIC_URL}), fixed at start: the one address used for
 * the VNeID issuer and redirect URIs, the payment gateway's return and notify URLs, QR codes on
 * signed documents and links in e-mails. Nothing of it is ever taken from a request's {@code Host}
 * or {@code X-Forwarded-*} headers, which any client can set. Without configuration it is
 * {@code http://localhost:<port>} of this very server (a laptop run); {@code prod} requires it.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final CompletableFuture<String> url = new CompletableFuture<>();

    public PublicUrl(@Value("${motcua.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        if (configured != null && !configured.isBlank()) {
            url.complete(checked(configured.strip()));
        } else if (port > 0) {
            url.complete("http://localhost:" + port);
        }
    }

    /** A fixed URL, for tests and tools that run without a web server. */
    public static PublicUrl of(String url) {
        return new PublicUrl(url, 0);
    }

    static String checked(String value) {
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("motcua.public-url must be an absolute http(s) URL without user, query"
                        + " or fragment, e.g. https://dichvucong.example.gov.vn; got " + value);
            }
            return value.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("motcua.public-url is not a URL: " + value, e);
        }
    }

    /** The port is known only once the server listens when it was configured as 0 (tests). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            url.complete("http://localhost:" + event.getWebServer().getPort());
        }
    }

    /** The base URL without a trailing slash; waits for the server to listen when it has to. */
    public String get() {
        try {
            return url.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the public URL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The portal's public URL is unknown: set MOTCUA_PUBLIC_URL", e);
        }
    }

    public String resolve(String path) {
        return get() + (path.startsWith("/") ? path : "/" + path);
    }

    public boolean secure() {
        return get().startsWith("https:");
    }

    public URI uri() {
        return URI.create(get());
    }
}
