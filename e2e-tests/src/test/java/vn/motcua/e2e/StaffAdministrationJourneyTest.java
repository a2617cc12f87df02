package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.StaffTaskPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Trần Quốc Bảo (ADMIN) appoints Đinh Văn Sáu, found by his personal ID number in the residents
 * database, to the one-stop desk of Hải Vân ward (Đà Nẵng); a dossier then filed from Hải Vân
 * reaches him and he opens it from his queue. (Lê Hoàng Nam, who lives there, is the first-login
 * citizen of the filing journey.)
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class StaffAdministrationJourneyTest {

    @Test
    void anAdministratorAppointsACivilServantWhoThenReceivesADossierFromHisWard(MotCuaServer portal, WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("001085200010", "Trần Quốc Bảo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-admin"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("admin-units")));
        browser.findElement(By.cssSelector("#admin-id-number input")).sendKeys("066061100012");
        browser.findElement(By.id("admin-look-up")).click();
        wait.until(ExpectedConditions.textToBe(By.id("admin-name"), "Đinh Văn Sáu"));
        browser.findElement(By.cssSelector("#admin-unit-code input")).sendKeys("ubnd-xa-20194");
        browser.findElement(By.cssSelector("#admin-title input")).sendKeys("Công chức một cửa");
        WebElement reception = browser.findElement(By.xpath("//vaadin-checkbox[@label='Tiếp nhận' or contains(., 'Tiếp nhận')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", reception);
        reception.click();
        WebElement save = browser.findElement(By.id("admin-save"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-result"), "Đinh Văn Sáu"));
        assertThat(browser.findElement(By.id("admin-members")).getText()).contains("066061100012");
        pages.logout();

        // a resident of Hải Vân files a dossier at the ward's People's Committee
        pages.loginAs("049190100004", "Phạm Thu Trang");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        String code = new FilingPage(browser).fileRequestOnly("Đề nghị giải quyết tại phường Hải Vân", "0905111222");
        assertThat(code).startsWith("ubnd-xa-20194");
        pages.logout();

        // the new civil servant sees it in his unit's queue and opens it
        new StaffTaskPages(browser, pages, portal.baseUrl()).openTask("066061100012", "Đinh Văn Sáu", code);
        assertThat(browser.findElement(By.id("task-dossier-code")).getText()).contains(code);
        pages.logout();
    }
}
