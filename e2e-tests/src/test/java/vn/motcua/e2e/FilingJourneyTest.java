package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.CataloguePage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * A citizen finds birth registration, files it with the applicant prefilled from the residents
 * database, gets the dossier code, and finds the dossier in "Hồ sơ của tôi" with its state.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class FilingJourneyTest {

    @Test
    void aCitizenFilesAProcedureAndFollowsTheDossier(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.startLogin().enterIdNumberAndPasscode("001194100002", "246810").enterOtp("123456").approve();
        assertThat(pages.loggedInName()).isEqualTo("Trần Thị Bình");

        CataloguePage.open(browser, portal.baseUrl()).search("dang ky khai sinh").open("1.001193");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("file-online"))).click();
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant-full-name")));
        wait.until(d -> "Trần Thị Bình".equals(name.getDomProperty("value")));
        assertThat(browser.findElement(By.id("applicant-permanent-address")).getDomProperty("value"))
                .isEqualTo("Số 12 Đội Cấn, Phường Ba Đình, Thành phố Hà Nội");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-dossier"))).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-code"))).getText();
        assertThat(code).matches("ubnd-xa-00004-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("dossier-state")).getText()).isEqualTo("Đang giải quyết");
        WebElement timeline = browser.findElement(By.id("dossier-timeline"));
        wait.until(d -> timeline.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Nộp hồ sơ trực tuyến")));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-dossiers")));
        // registration runs just after the submission; open "Hồ sơ của tôi" until it is at reception
        String cells = wait.until(d -> {
            d.get(portal.baseUrl() + "/ho-so");
            List<WebElement> content = new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions
                    .presenceOfElementLocated(By.id("my-dossiers"))).findElements(By.tagName("vaadin-grid-cell-content"));
            String text = String.join("|", content.stream().map(WebElement::getText).toList());
            return text.contains(code) && text.contains("Tiếp nhận, kiểm tra hồ sơ") ? text : null;
        });
        assertThat(cells).contains("Thủ tục đăng ký khai sinh", "Đang giải quyết");
        pages.logout();
    }
}
