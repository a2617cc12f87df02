package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.Browsers;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/** A draft started in one browser, the browser closed, and the draft resumed in a new browser session. */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class DraftJourneyTest {

    private static final String PHAM_THU_TRANG = "049190100004";

    @Test
    void aDraftStartedInOneBrowserIsResumedInAnother(MotCuaServer portal, WebDriver firstBrowser) {
        openFiling(portal, firstBrowser);
        type(firstBrowser, "form-tenTre", "Lê Phạm Bảo Ngọc");
        type(firstBrowser, "form-noiSinh", "Bệnh viện Đà Nẵng");
        new WebDriverWait(firstBrowser, Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("draft-status"), "Đã lưu nháp"));
        firstBrowser.quit(); // closed without submitting or logging out

        WebDriver secondBrowser = Browsers.headlessChromium();
        try {
            openFiling(portal, secondBrowser);
            WebDriverWait wait = new WebDriverWait(secondBrowser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Đã khôi phục bản nháp"));
            assertThat(secondBrowser.findElement(By.id("form-tenTre")).getDomProperty("value")).isEqualTo("Lê Phạm Bảo Ngọc");
            assertThat(secondBrowser.findElement(By.id("form-noiSinh")).getDomProperty("value")).isEqualTo("Bệnh viện Đà Nẵng");
        } finally {
            secondBrowser.quit();
        }
    }

    private static void openFiling(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        var vneid = pages.startLogin().enterIdNumberAndPasscode(PHAM_THU_TRANG, "246810").enterOtp("123456");
        // consent is asked at the account's first login only
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("approve")).isEmpty() || !d.findElements(By.id("user-name")).isEmpty());
        if (!browser.findElements(By.id("approve")).isEmpty()) {
            vneid.approve();
        }
        assertThat(pages.loggedInName()).isEqualTo("Phạm Thu Trang");
        browser.get(portal.baseUrl() + "/thu-tuc/1.001193/nop-ho-so");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-tenTre")));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id)).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }
}
