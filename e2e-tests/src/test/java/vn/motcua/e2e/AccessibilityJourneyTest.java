package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) over every main page, as each kind of user sees it:
 * public, citizen, civil servant, policy staff. Any serious or critical violation fails, named
 * with its page, rule and elements; the moderate ones are printed.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class AccessibilityJourneyTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> serious = new ArrayList<>();

    private void check(WebDriver browser, String url, String page) {
        browser.get(url);
        // Vaadin renders the view after the page loads: wait for its main content
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        for (Rule rule : results.getViolations()) {
            String line = page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().limit(4).map(n -> String.valueOf(n.getTarget())).toList();
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(line);
            } else {
                System.out.println("axe moderate/minor — " + line);
            }
        }
    }

    @Test
    void everyMainPageHasNoSeriousOrCriticalViolation(MotCuaServer portal, WebDriver browser) {
        String base = portal.baseUrl();
        check(browser, base + "/", "home");
        check(browser, base + "/thu-tuc", "catalogue");
        check(browser, base + "/thu-tuc/1.004194", "procedure");
        check(browser, base + "/thong-ke", "statistics");
        check(browser, base + "/xac-thuc", "verification");

        PortalUserPages pages = new PortalUserPages(browser, base);
        // Trương Mỹ Dung: the journeys that expect a first login's consent page use others
        pages.loginAs("079185100020", "Trương Mỹ Dung");
        check(browser, base + "/ho-so", "my dossiers");
        check(browser, base + "/thu-tuc/1.004194/nop-ho-so", "filing wizard");
        check(browser, base + "/ca-nhan", "profile");
        check(browser, base + "/thong-bao", "notifications");
        check(browser, base + "/ca-nhan/y-kien-chu-ho", "household head's consent");
        pages.logout();

        pages.loginAs("001090200004", "Ngô Đức Thắng");
        check(browser, base + "/can-bo", "staff queue");
        pages.logout();

        pages.loginAs("001180200009", "Vũ Thị Lan Anh");
        check(browser, base + "/quy-trinh", "studio list");
        check(browser, base + "/quy-trinh/1.004194", "model page");
        check(browser, base + "/quy-trinh/1.004194/soan-thao", "model editor");
        pages.logout();

        pages.loginAs("001085200010", "Trần Quốc Bảo");
        check(browser, base + "/quan-tri/can-bo", "staff administration");
        pages.logout();

        serious.forEach(System.out::println);
        assertThat(serious).as("serious or critical accessibility violations").isEmpty();
    }
}
