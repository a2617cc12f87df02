package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * A fee-bearing procedure (ordinary passport, 160,000 VND online): the citizen fills and attaches,
 * goes to the payment sandbox, cancels once, pays, comes back to a paid fee and submits; the
 * dossier shows the receipt, and the paid order cannot be paid a second time.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class PaymentJourneyTest {

    @Test
    void aCitizenPaysThePassportFeeThroughTheGatewayAndSubmits(MotCuaServer portal, WebDriver browser, @TempDir Path dir)
            throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        // Võ Minh Tuấn, Hồ Chí Minh City; this journey's own citizen
        pages.startLogin().enterIdNumberAndPasscode("079096100005", "246810").enterOtp("123456").approve();
        assertThat(pages.loggedInName()).isEqualTo("Võ Minh Tuấn");
        browser.get(portal.baseUrl() + "/thu-tuc/1.001456/nop-ho-so");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-hinhThucCap")));

        FilingPage filing = new FilingPage(browser);
        filing.choose("hinhThucCap", "Cấp hộ chiếu lần đầu").type("ngheNghiep", "Kỹ sư phần mềm")
                .choose("nhanHoChieu", "Tại cơ quan tiếp nhận").type("soDienThoai", "0903123456");
        filing.next("attach");
        Path photo = dir.resolve("anh-chan-dung.jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        filing.upload("anhChanDung", photo);
        filing.next("review");
        assertThat(browser.findElement(By.id("filing-review")).getText()).contains("160.000 đ");
        filing.next("pay");
        assertThat(browser.findElement(By.id("payment-status")).getText()).contains("Chưa thanh toán");
        assertThat(browser.findElement(By.id("submit-dossier")).getDomAttribute("disabled")).as("no submission before paying").isNotNull();

        // to the gateway, and back without paying
        filing.click("pay-online");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gateway-amount")));
        assertThat(browser.findElement(By.id("gateway-amount")).getText()).isEqualTo("160.000 đ");
        browser.findElement(By.id("gateway-cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-status"), "đã bị hủy"));
        assertThat(filing.currentStep()).isEqualTo("step-pay");

        // again, and pay: the portal learns it from the gateway's signed callback
        filing.click("pay-online");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gateway-pay")));
        String paidOrderUrl = browser.getCurrentUrl();
        browser.findElement(By.id("gateway-pay")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-status"), "Đã thanh toán 160.000 đ"));
        String transaction = browser.findElement(By.id("payment-status")).getText().replaceAll(".*mã giao dịch (\\S+),.*", "$1");
        assertThat(transaction).startsWith("SBX");
        // the form survived the trip to the gateway (the draft)
        assertThat(filing.currentStep()).isEqualTo("step-pay");

        String code = filing.submit();
        // Hồ Chí Minh City's immigration office has no civil servants in the demo directory: the
        // dossier goes to the city's public-service centre (the routing's fallback), not into a void
        assertThat(code).matches("ttpvhcc-tinh-79-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("dossier-payment")).getText()).contains("160.000 đ", transaction);

        // the paid order cannot be paid a second time
        browser.get(paidOrderUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gateway-problem")));
        assertThat(browser.findElement(By.id("gateway-problem")).getText()).contains("không thể thanh toán lần nữa");
        assertThat(browser.findElements(By.id("gateway-pay"))).isEmpty();
        // nor can a tampered order (the amount changed in the address)
        browser.get(paidOrderUrl.replace("amount=160000", "amount=1000"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gateway-problem"), "Chữ ký của đơn hàng không đúng"));

        // notified of the submission
        browser.get(portal.baseUrl() + "/thong-bao");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"), code));
        pages.logout();
    }
}
