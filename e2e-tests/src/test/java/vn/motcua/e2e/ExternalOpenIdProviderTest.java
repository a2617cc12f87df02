package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;

/**
 * MotCua is a standard OpenID Connect client, not tied to its sandbox: with the sandbox switched
 * off and MOTCUA_VNEID_ISSUER pointing at an independent provider (NAV's mock-oauth2-server), a
 * civil servant logs in and gets their roles from MotCua's staff directory.
 */
@ExtendWith(BrowserExtension.class)
class ExternalOpenIdProviderTest {

    private static final String HOANG_THI_MAI = "001187200001";
    private static MockOAuth2Server provider;
    private static MotCuaServer portal;

    @BeforeAll
    static void startProviderAndPortal() {
        provider = new MockOAuth2Server();
        provider.start();
        String issuer = provider.issuerUrl("vneid").toString().replaceAll("/$", "");
        portal = MotCuaServer.onFreshDataDir("external-idp")
                .withEnv("MOTCUA_VNEID_ISSUER", issuer)
                .withEnv("MOTCUA_VNEID_CLIENT_ID", "motcua-portal")
                .withEnv("MOTCUA_VNEID_CLIENT_SECRET", "interop-secret")
                .withEnv("MOTCUA_VNEID_SANDBOX_ENABLED", "false")
                .start();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void aCivilServantLogsInThroughAnIndependentProvider(WebDriver browser) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("vneid", HOANG_THI_MAI, "JWT", List.of("motcua-portal"),
                Map.of("SoDinhDanh", HOANG_THI_MAI, "HoVaTen", "Hoàng Thị Mai", "NgayThangNamSinh", "19870601",
                        "LoaiTaiKhoan", "2"), 3600));
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.clickLogin();

        assertThat(pages.loggedInName()).isEqualTo("Hoàng Thị Mai");
        pages.openStaffArea();
        assertThat(pages.staffUnit()).isEqualTo("Ủy ban nhân dân Phường Ba Đình (ubnd-xa-00004)");

        // the portal spoke standard OpenID Connect: discovery, then an authorization code request
        // with state, nonce and a PKCE challenge, then the token request with the verifier
        RecordedRequest authorize = takeUntil("/vneid/authorize");
        assertThat(authorize.getRequestUrl().queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.getRequestUrl().queryParameterNames()).contains("state", "nonce", "code_challenge");
        RecordedRequest token = takeUntil("/vneid/token");
        assertThat(token.getBody().readUtf8()).contains("code_verifier=");
        assertThat(portal.get("/vneid-sandbox/.well-known/openid-configuration", null, null).statusCode())
                .as("the sandbox is off").isNotEqualTo(200);
    }

    private static RecordedRequest takeUntil(String path) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            RecordedRequest request = provider.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                break;
            }
            if (request.getRequestUrl().encodedPath().equals(path)) {
                return request;
            }
        }
        throw new AssertionError("The provider received no request to " + path);
    }
}
