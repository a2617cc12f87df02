package vn.motcua.ui.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.testsupport.VneidSandboxTokens;
import vn.motcua.vneid.SandboxClient;

/** Tokens from the in-app sandbox of the portal under test, for the ui module's tests ({@link VneidSandboxTokens}). */
public final class SandboxTokens {

    private SandboxTokens() {
    }

    public static String accessToken(int port, SandboxClient client, String idNumber, String passcode, String otp)
            throws Exception {
        return VneidSandboxTokens.accessToken("http://localhost:" + port, client.clientId(), client.clientSecret(),
                idNumber, passcode, otp);
    }

    /** The whole token response: {@code access_token}, {@code id_token}, {@code refresh_token}. */
    public static com.fasterxml.jackson.databind.JsonNode tokens(int port, SandboxClient client, String idNumber,
                                                                 String passcode, String otp) throws Exception {
        return new ObjectMapper().readTree(VneidSandboxTokens.tokenResponse("http://localhost:" + port, client.clientId(),
                client.clientSecret(), idNumber, passcode, otp));
    }
}
