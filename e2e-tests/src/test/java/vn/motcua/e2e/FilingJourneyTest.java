package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.CataloguePage;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * A citizen finds birth registration, files it for a newborn with the applicant and the parents
 * prefilled from the residents database and the birth certificate uploaded, gets the dossier code,
 * and finds the dossier in "Hồ sơ của tôi"; the mother named in the form sees that her registry
 * record was read for the dossier; bad values are shown on their fields.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class FilingJourneyTest {

    @Test
    void aCitizenFilesABirthRegistrationWithTheParentsPrefilledAndFollowsTheDossier(MotCuaServer portal, WebDriver browser,
                                                                                   @TempDir Path dir) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // Lê Hoàng Nam and Phạm Thu Trang, married, Hải Vân ward (Đà Nẵng); each journey logs in as its own citizen
        pages.startLogin().enterIdNumberAndPasscode("048088100003", "246810").enterOtp("123456").approve();
        assertThat(pages.loggedInName()).isEqualTo("Lê Hoàng Nam");

        CataloguePage.open(browser, portal.baseUrl()).search("dang ky khai sinh").open("1.001193");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("file-online"))).click();
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant-full-name")));
        wait.until(d -> "Lê Hoàng Nam".equals(name.getText()));
        assertThat(browser.findElement(By.id("applicant-permanent-address")).getText())
                .isEqualTo("Số 45 Nguyễn Văn Cừ, Phường Hải Vân, Thành phố Đà Nẵng");
        // read-only, with its source named: the citizen is not asked to type it again
        assertThat(browser.findElements(By.cssSelector("#filing-applicant input"))).isEmpty();
        assertThat(browser.findElement(By.id("applicant-source")).getText()).contains("Cơ sở dữ liệu quốc gia về dân cư");
        // the parents come from the residents database: the father is the applicant, the mother his wife
        assertThat(browser.findElement(By.id("form-soDinhDanhCha")).getDomProperty("value")).isEqualTo("048088100003");
        assertThat(browser.findElement(By.id("form-soDinhDanhMe")).getDomProperty("value")).isEqualTo("049190100004");

        // step 1: the newborn's details
        FilingPage filing = new FilingPage(browser);
        filing.type("tenTre", "Nguyễn Minh Khôi").choose("gioiTinh", "Nam")
                .date("ngaySinh", java.time.LocalDate.now().minusDays(3).toString())
                .type("noiSinh", "Bệnh viện Phụ sản Đà Nẵng").select("danToc", "Kinh").select("quocTich", "Việt Nam")
                .choose("coGiayChungSinh", "Có").type("soDienThoai", "0912345678");
        // step 2: the birth certificate, as a PDF; the step is not passed without it
        filing.next("attach");
        assertThat(filing.nextRefused()).contains("cần sửa");
        // the widget speaks Vietnamese; a file named .pdf that is not a PDF is refused and shown as refused
        assertThat(filing.uploadButtonText("giayChungSinh")).startsWith("Chọn");
        Path notAPdf = Files.writeString(dir.resolve("khong-phai-pdf.pdf"), "chỉ là văn bản, không phải PDF");
        assertThat(filing.uploadRefused("giayChungSinh", notAPdf)).isNotBlank();
        Path certificate = Files.writeString(dir.resolve("giay-chung-sinh.pdf"),
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        filing.upload("giayChungSinh", certificate);
        // step 3: review what will be filed, then submit (birth registration is free: no payment step)
        filing.next("review");
        assertThat(filing.reviewText()).contains("Nguyễn Minh Khôi", "Nam", "Kinh", "giay-chung-sinh.pdf", "048088100003");
        // on a wide screen every value stands beside its label, inside the window
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        assertThat(filing.reviewValuesInsideWindow()).isTrue();
        // each step has its own address: the browser's back and forward buttons move between steps
        assertThat(browser.getCurrentUrl()).endsWith("nop-ho-so?buoc=xem-lai");
        browser.navigate().back();
        filing.waitForStep("attach");
        assertThat(browser.getCurrentUrl()).endsWith("buoc=giay-to");
        browser.navigate().back();
        filing.waitForStep("fill");
        assertThat(filing.value("tenTre")).isEqualTo("Nguyễn Minh Khôi");
        browser.navigate().forward();
        filing.waitForStep("attach");
        browser.navigate().forward();
        filing.waitForStep("review");
        assertThat(filing.reviewText()).contains("Nguyễn Minh Khôi", "giay-chung-sinh.pdf");
        assertThat(browser.findElements(By.id("step-pay"))).isEmpty();
        String code = filing.submit();
        assertThat(code).matches("ubnd-xa-20194-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("dossier-state")).getText()).isEqualTo("Đang giải quyết");
        // a confirmation names the code, the receiving agency and the appointment date at once
        assertThat(browser.findElement(By.id("dossier-filed")).getText()).contains(code, "Ủy ban nhân dân Phường Hải Vân")
                .containsPattern("ngày hẹn trả kết quả: \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("dossier-agency")).getText()).isEqualTo("Ủy ban nhân dân Phường Hải Vân");

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

        // the mother named in the form was checked against the residents database for this very
        // dossier, and she sees that read under "Ai đã tra cứu dữ liệu của tôi"
        pages.loginAs("049190100004", "Phạm Thu Trang").openAccessLog();
        assertThat(pages.accessLogCells()).contains(code, "Đăng ký khai sinh: đối chiếu thông tin cha, mẹ");
        pages.logout();
    }

    @Test
    void badValuesAreShownOnTheirFieldsAndFileNothing(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // Đỗ Thị Nhàn: this test files nothing (her counter-reception dossier is another journey's)
        pages.loginAs("001150100018", "Đỗ Thị Nhàn");
        browser.get(portal.baseUrl() + "/thu-tuc/1.001193/nop-ho-so");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-tenTre")));
        FilingPage filing = new FilingPage(browser);
        filing.type("soDienThoai", "12345");
        assertThat(filing.nextRefused()).contains("cần sửa");
        assertThat(filing.currentStep()).isEqualTo("step-fill");
        assertThat(browser.findElement(By.id("form-tenTre")).getDomAttribute("invalid")).isNotNull();
        assertThat(browser.findElement(By.id("form-soDienThoai")).getDomProperty("errorMessage"))
                .isEqualTo("Số điện thoại di động không hợp lệ (ví dụ 0912345678).");
        assertThat(browser.getCurrentUrl()).endsWith("/thu-tuc/1.001193/nop-ho-so");
        pages.logout();
    }

    @Test
    void theSameFileAttachedTwiceIsRefusedOnItsField(MotCuaServer portal, WebDriver browser, @TempDir Path dir) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // Huỳnh Ngọc Yến files nothing in the other journeys
        pages.loginAs("068304100014", "Huỳnh Ngọc Yến");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.type("noiDungDeNghi", "Đăng ký khai sinh khi đã có giấy tờ cá nhân").type("soDienThoai", "0912999888");
        filing.next("attach");
        String content = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        filing.upload("giayTo1", Files.writeString(dir.resolve("xac-nhan-cu-tru.pdf"), content));
        // the same scan again, under another name (as after restoring a draft)
        filing.upload("giayTo1", Files.writeString(dir.resolve("xac-nhan-cu-tru-lan-2.pdf"), content));
        assertThat(filing.nextRefused()).contains("cần sửa");
        assertThat(filing.currentStep()).isEqualTo("step-attach");
        String shown = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('.motcua-field-error')].map(e => e.id + '=' + e.textContent).join(' | ')");
        assertThat(shown).containsPattern("form-giayTo1-error=Tệp xac-nhan-cu-tru[a-z0-9-]*\\.pdf có cùng nội dung với tệp");
        pages.logout();
    }
}
