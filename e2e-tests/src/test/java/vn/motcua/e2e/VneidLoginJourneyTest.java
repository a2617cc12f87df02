package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.VneidSandboxPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Logging in through VNeID with the README's demo accounts: a level-2 citizen (ID number,
 * passcode, OTP, consent) sees their profile prefilled from the residents database and who read
 * it; a civil servant reaches the staff area; both log out.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class VneidLoginJourneyTest {

    /** README demo accounts. */
    private static final String NGUYEN_VAN_AN = "001092100001";
    private static final String HOANG_THI_MAI = "001187200001";
    private static final String BUI_VAN_TU_LEVEL_1 = "040207100015";
    private static final String PASSCODE = "246810";
    private static final String OTP = "123456";

    @Test
    void aCitizenLogsInWithIdPasscodeOtpAndConsentThenSeesTheirRegistryDataAndWhoReadIt(
            MotCuaServer portal, WebDriver browser) {
        PortalUserPages portalPages = new PortalUserPages(browser, portal.baseUrl());
        VneidSandboxPages vneid = portalPages.startLogin();

        vneid.enterIdNumberAndPasscode("00109210000", PASSCODE);
        assertThat(vneid.idNumberError()).contains("12");
        VneidSandboxPages.atLogin(browser).enterIdNumberAndPasscode(NGUYEN_VAN_AN, "000000");
        assertThat(vneid.formError()).isEqualTo("Số định danh cá nhân hoặc mật mã không đúng.");

        VneidSandboxPages.atLogin(browser).enterIdNumberAndPasscode(NGUYEN_VAN_AN, PASSCODE).enterOtp(OTP);
        assertThat(vneid.consentAttributes()).contains("Số định danh cá nhân", "Họ và tên", "Ngày tháng năm sinh");
        vneid.approve();

        assertThat(portalPages.loggedInName()).isEqualTo("Nguyễn Văn An");
        portalPages.openProfile();
        assertThat(portalPages.profileField("profile-id-number")).isEqualTo(NGUYEN_VAN_AN);
        assertThat(portalPages.profileField("profile-full-name")).isEqualTo("Nguyễn Văn An");
        assertThat(portalPages.profileField("profile-birth-date")).isEqualTo("12/03/1992");
        assertThat(portalPages.profileField("profile-permanent-address"))
                .isEqualTo("Số 12 Đội Cấn, Phường Ba Đình, Thành phố Hà Nội");
        assertThat(portalPages.householdNames()).contains("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(portalPages.offersStaffArea()).isFalse();

        portalPages.openAccessLog();
        assertThat(String.join("|", portalPages.accessLogCells()))
                .contains("VNeID (định danh điện tử)", "Họ và tên, Ngày sinh", "Nguyễn Văn An");

        portalPages.logout();
        assertThat(portalPages.showsLoginLink()).isTrue();
        // the portal session is gone: a protected page says why it needs a login, then goes to VNeID
        browser.get(portal.baseUrl() + "/ca-nhan");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-reason-view h1"))).getText())
                .isEqualTo("Cần đăng nhập bằng VNeID");
        assertThat(browser.findElement(By.id("login-reason-view")).getText()).contains("chỉ xem được hồ sơ và dữ liệu của chính mình");
        browser.findElement(By.id("login-reason-continue")).click();
        VneidSandboxPages.atLogin(browser).enterIdNumberAndPasscode(NGUYEN_VAN_AN, PASSCODE).enterOtp(OTP);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Nguyễn Văn An"));
        portalPages.logout();
    }

    @Test
    void aCivilServantLogsInAndReachesTheStaffAreaOfTheirUnit(MotCuaServer portal, WebDriver browser) {
        PortalUserPages portalPages = new PortalUserPages(browser, portal.baseUrl());
        // Mai also works the staff journeys: consent is asked only at her first login in this portal
        portalPages.loginAs(HOANG_THI_MAI, "Hoàng Thị Mai");
        assertThat(portalPages.offersStaffArea()).isTrue();
        portalPages.openStaffArea();
        assertThat(portalPages.staffUnit()).isEqualTo("Ủy ban nhân dân Phường Ba Đình (ubnd-xa-00004)");
        assertThat(portalPages.staffRoles()).isEqualTo("Tiếp nhận");
        portalPages.logout();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    @Test
    void aLevelOneAccountIsToldWhyItCannotFileALevelTwoProcedure(MotCuaServer portal, WebDriver browser) {
        PortalUserPages portalPages = new PortalUserPages(browser, portal.baseUrl());
        VneidSandboxPages vneid = portalPages.startLogin().enterIdNumberAndPasscode(BUI_VAN_TU_LEVEL_1, PASSCODE);
        vneid.approve(); // level 1: no OTP step
        assertThat(portalPages.loggedInName()).isEqualTo("Bùi Văn Tú");

        browser.get(portal.baseUrl() + "/thu-tuc/1.001193");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("file-online"))).click();
        String explanation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("level-explanation"))).getText();
        assertThat(explanation).contains("Cần tài khoản định danh điện tử mức 2", "tài khoản của bạn đang ở mức 1");
        assertThat(browser.findElements(By.id("applicant-id-number"))).isEmpty();
        portalPages.logout();
    }

    @Test
    void aProcedureFiledOnlyAtTheCounterOffersNoOnlineFilingEvenByItsAddress(MotCuaServer portal, WebDriver browser) {
        PortalUserPages portalPages = new PortalUserPages(browser, portal.baseUrl());
        // another level-1 demo account than the test above (whose first login's consent page it expects)
        portalPages.startLogin().enterIdNumberAndPasscode("030079100017", PASSCODE).approve();
        assertThat(portalPages.loggedInName()).isEqualTo("Lý Minh Quân");

        // 1.000086: the national catalogue lists the counter only
        browser.get(portal.baseUrl() + "/thu-tuc/1.000086");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // a Vaadin button is a custom element: Selenium's isEnabled() does not see its state
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-online"))).getDomAttribute("disabled")).isNotNull();
        browser.get(portal.baseUrl() + "/thu-tuc/1.000086/nop-ho-so");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-online"))).getText())
                .contains("chưa nộp trực tuyến được");
        assertThat(browser.findElements(By.id("procedure-form"))).isEmpty();
        portalPages.logout();
    }
}
