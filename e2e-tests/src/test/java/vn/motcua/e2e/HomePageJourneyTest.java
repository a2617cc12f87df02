package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.CamundaWelcomePage;
import vn.motcua.e2e.pages.HomePage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.VneidSandboxPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/** A visitor opens the portal, reads it in Vietnamese, switches to English and back. */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class HomePageJourneyTest {

    @Test
    void theHomePageSpeaksVietnameseFirstAndEnglishOnRequest(MotCuaServer portal, WebDriver browser) {
        HomePage home = HomePage.open(browser, portal.baseUrl());
        assertThat(home.portalTitle()).isEqualTo("Cổng dịch vụ công");
        assertThat(home.heading()).isEqualTo("Dịch vụ công trực tuyến, một cửa");
        assertThat(home.languageSwitchLabel()).isEqualTo("English");
        assertThat(home.documentLanguage()).isEqualTo("vi");

        home.switchLanguage("Public Service Portal");
        assertThat(home.heading()).isEqualTo("Online public services, one stop");
        assertThat(home.languageSwitchLabel()).isEqualTo("Tiếng Việt");
        assertThat(home.documentLanguage()).isEqualTo("en");

        home.switchLanguage("Cổng dịch vụ công");
        assertThat(home.heading()).isEqualTo("Dịch vụ công trực tuyến, một cửa");

        // any page, not only those that follow the locale themselves, is shown again in the new language
        browser.get(portal.baseUrl() + "/thong-ke");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics-view"), "Thống kê"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#statistics-view h1"), "Statistics"));
        assertThat(browser.findElement(By.id("statistics-show")).getText()).isNotEqualTo("Xem số liệu");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#statistics-view h1"), "Thống kê"));
    }

    @Test
    void theProcessAdministrationIsForAdminStaffThroughThePortalLoginOnly(MotCuaServer portal, WebDriver browser) {
        HomePage.open(browser, portal.baseUrl());
        assertThat(browser.findElements(By.id("camunda-link"))).allMatch(link -> !link.isDisplayed());
        // not logged in: sent to the VNeID login, and from there into Camunda's welcome page
        browser.get(portal.baseUrl() + "/camunda/app/welcome/default/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/vneid-sandbox/"));
        // Trần Quốc Bảo, ADMIN in the staff directory: in with the portal's login, no second password
        VneidSandboxPages.atLogin(browser).enterIdNumberAndPasscode("001085200010", "246810").enterOtp("123456");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("approve")).isEmpty()
                || d.getCurrentUrl().contains("/camunda/app/"));
        if (!browser.findElements(By.id("approve")).isEmpty()) {
            browser.findElement(By.id("approve")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/camunda/app/"));
        CamundaWelcomePage welcome = HomePage.open(browser, portal.baseUrl()).followCamundaLink();
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        assertThat(welcome.currentUrl()).contains("/camunda/app/");
        assertThat(welcome.showsSignInForm()).isFalse();
        HomePage.open(browser, portal.baseUrl());
        pages.logout();

        // a citizen is refused, on a page that says why, in Vietnamese and English
        pages.loginAs("079185100020", "Trương Mỹ Dung");
        browser.get(portal.baseUrl() + "/camunda/app/welcome/default/");
        String refusal = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#forbidden-page h1"))).getText();
        assertThat(refusal).isEqualTo("Không có quyền truy cập");
        assertThat(browser.findElement(By.id("forbidden-page")).getText()).contains("administrator");
        assertThat(browser.findElements(By.cssSelector("a[href*='cockpit']"))).isEmpty();
    }

    @Test
    void anUnknownAddressGetsAVietnamesePageNotFound(MotCuaServer portal, WebDriver browser) {
        // logged in (logged out, Vaadin sends any address it cannot show to the login: it does not
        // tell strangers which addresses exist)
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("079185100020", "Trương Mỹ Dung");
        browser.get(portal.baseUrl() + "/khong-co-trang-nay");
        String heading = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#not-found-view h1"))).getText();
        assertThat(heading).isEqualTo("Không tìm thấy trang");
        assertThat(browser.findElement(By.id("not-found-view")).getText()).contains("/khong-co-trang-nay");
        browser.findElement(By.id("not-found-home")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector("h1#home-heading"),
                "Dịch vụ công trực tuyến, một cửa"));
        pages.logout();
    }
}
