package vn.motcua.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets VNeID tokens from a portal's sandbox the way a citizen's app would: authorization code with
 * PKCE through the sandbox's own login, OTP and consent pages, then the token endpoint. Shared by
 * the ui module's tests and the end-to-end tests (a test source root of both); JDK only.
 */
public final class VneidSandboxTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private VneidSandboxTokens() {
    }

    /** The access token of a demo account, from the sandbox of the portal at {@code base}. */
    public static String accessToken(String base, String clientId, String clientSecret, String idNumber, String passcode,
                                     String otp) throws Exception {
        return find(ACCESS_TOKEN, tokenResponse(base, clientId, clientSecret, idNumber, passcode, otp));
    }

    /** The token endpoint's whole JSON answer: {@code access_token}, {@code id_token}, {@code refresh_token}. */
    public static String tokenResponse(String base, String clientId, String clientSecret, String idNumber, String passcode,
                                       String otp) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = base + "/login/oauth2/code/vneid";
        String authorize = base + "/vneid-sandbox/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&scope=openid%20profile&state=api-test&nonce=n-1&redirect_uri=" + enc(redirect)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";

        HttpResponse<String> response = get(http, authorize);                   // → login page
        String login = get(http, location(response, base)).body();
        response = post(http, base + "/vneid-sandbox/dang-nhap", "idNumber=" + idNumber + "&passcode=" + passcode
                + "&_csrf=" + enc(find(CSRF, login)));
        String next = location(response, base);
        if (next.endsWith("/otp")) {
            String otpPage = get(http, next).body();
            response = post(http, next, "otp=" + otp + "&_csrf=" + enc(find(CSRF, otpPage)));
            next = location(response, base);
        }
        response = get(http, next);                                              // authorize again → consent
        String callback = location(response, base);
        if (!callback.contains("code=")) {                                       // consent not given before
            String consent = get(http, callback).body();
            response = post(http, base + "/vneid-sandbox/oauth2/authorize", "client_id=" + clientId
                    + "&state=" + enc(find(STATE, consent)) + "&scope=profile&_csrf=" + enc(find(CSRF, consent)));
            callback = location(response, base);
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
        if (!code.find()) {
            throw new IllegalStateException("No code in " + callback);
        }
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/vneid-sandbox/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                        + "&redirect_uri=" + enc(redirect) + "&code_verifier=" + verifier)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        return token.body();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response, String base) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Expected a redirect from " + response.uri() + ", got "
                        + response.statusCode() + ": " + response.body()));
        return location.startsWith("http") ? location : base + location;
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("Not found in the page: " + pattern);
        }
        return m.group(1).replace("&#61;", "=").replace("&#43;", "+").replace("&#47;", "/");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
