package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Đặng Ngọc Lan registers her temporary residence in a rented home in Đà Nẵng with the real
 * declaration (Mẫu CT01): she picks the ward, names the owner who agreed, uploads the rental
 * contract (nothing else: her identity comes from the residents database), pays the 7.000 đ fee;
 * the dossier goes to the police of the ward where the home is, and the signed result states the
 * address and the 12 months of validity.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class TemporaryResidenceJourneyTest {

    private static final String RENTED = "Thuê, mượn, ở nhờ: cần ý kiến đồng ý của chủ hộ hoặc chủ sở hữu chỗ ở";

    @Test
    void aRentedHomeIsRegisteredWhereItIsAndTheResultStatesAddressAndValidity(MotCuaServer portal, WebDriver browser,
                                                                               @TempDir Path dir) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("074198100006", "Đặng Ngọc Lan");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004194/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.pick("phuongXaTamTru", "Hải Vân", "Phường Hải Vân, Thành phố Đà Nẵng")
                .type("diaChiTamTru", "Số 8 đường Nguyễn Văn Cừ").type("thoiHanTamTru", "12")
                .choose("truongHop", RENTED);
        // the owner's part of the declaration appears with the rented-home case
        filing.type("soDinhDanhChuSoHuu", "048088100003").type("quanHeVoiChuHo", "Người thuê nhà").tick("chuSoHuuDongY")
                .type("soDienThoai", "0905222333");
        filing.next("attach");
        // (a hidden field is not even in the page)
        assertThat(browser.findElements(By.id("form-daCoChoOHopPhap"))).as("not her own home: proof needed")
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        assertThat(browser.findElements(By.id("form-giayGioiThieu"))).noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        filing.upload("vanBanChoThue", Files.writeString(dir.resolve("hop-dong-thue-nha.pdf"),
                "%PDF-1.4\n% hop dong thue nha, Nguyen Van Cu\n%%EOF\n"));
        filing.next("review");
        assertThat(filing.reviewText()).contains("Phường Hải Vân, Thành phố Đà Nẵng", "Số 8 đường Nguyễn Văn Cừ", "12", RENTED,
                "048088100003", "hop-dong-thue-nha.pdf");
        assertThat(browser.findElement(By.id("filing-review")).getText()).contains("7.000 đ");

        // the fee (7.000 đ online) at the gateway
        filing.payAtGateway("Đã thanh toán 7.000 đ");
        String code = filing.submit();
        // the police of the ward where the home is, not of her permanent residence
        assertThat(code).matches("ca-xa-20194-\\d{6}-\\d{4}");

        // the ward's civil servants accept, propose and approve (driven through the engine here)
        String text = EngineRest.resultText(portal, EngineRest.decideWithProposal(portal, portal.generatedAdminPassword().orElseThrow(),
                code, "Chủ sở hữu đã đồng ý; đủ điều kiện đăng ký tạm trú."));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(text).contains("Đặng Ngọc Lan", "Số 8 đường Nguyễn Văn Cừ, Phường Hải Vân, Thành phố Đà Nẵng",
                "12 tháng, từ ngày " + date.format(today), "Chủ sở hữu đã đồng ý; đủ điều kiện đăng ký tạm trú.");

        // and she finds it on her dossier's page
        pages.openDossierUntil(code, d -> !d.findElements(By.id("dossier-documents")).isEmpty()
                && d.findElement(By.id("dossier-documents")).getText().contains("QUYẾT ĐỊNH"));
        pages.logout();
    }
}
